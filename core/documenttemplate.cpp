#include "documenttemplate.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSet>
#include <QTime>

#include <vector>

namespace Inroad {

namespace {

constexpr int MaxDepth = 32;

QString tr(const char *text)
{
    return QCoreApplication::translate("Inroad::DocumentTemplate", text);
}

struct Node
{
    enum class Kind { Text, Value, RawValue, Section, Inverted };

    Kind kind = Kind::Text;
    QString text;     ///< Text: the literal text; otherwise the name as written
    QStringList path; ///< the name split at its dots; empty for "."
    int line = 0;
    int column = 0;
    std::vector<Node> children; ///< the body of a section
};

bool isBlank(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}

bool isSyntheticName(const QString &name)
{
    return name == QLatin1String(".") || name == QLatin1String("@index") || name == QLatin1String("@first")
           || name == QLatin1String("@last");
}

/// Letters, digits, _ - @, parts joined by single dots; or exactly ".".
bool isValidName(QStringView name)
{
    if (name == u".")
        return true;
    bool partEmpty = true;
    for (const QChar c : name) {
        if (c == QLatin1Char('.')) {
            if (partEmpty)
                return false;
            partEmpty = true;
        } else if (c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-') || c == QLatin1Char('@')) {
            partEmpty = false;
        } else {
            return false;
        }
    }
    return !partEmpty;
}

/// Reads template text into a node tree in one pass; every scan moves forward, so time is linear in the text.
class Parser
{
public:
    explicit Parser(const QString &text)
        : m_text(text)
    {
    }

    bool run()
    {
        qsizetype textStart = 0; // start of literal text not yet turned into a node
        qsizetype from = 0;
        const qsizetype size = m_text.size();
        while (true) {
            const qsizetype open = m_text.indexOf(QLatin1String("{{"), from);
            if (open < 0)
                break;
            advanceTo(open);
            m_tagLine = m_line;
            m_tagColumn = int(open - m_lineStart) + 1;

            const bool triple = open + 2 < size && m_text.at(open + 2) == QLatin1Char('{');
            const QLatin1String closing = triple ? QLatin1String("}}}") : QLatin1String("}}");
            const qsizetype contentStart = open + (triple ? 3 : 2);
            const qsizetype close = m_text.indexOf(closing, contentStart);
            if (close < 0) {
                return fail(triple ? tr("unclosed tag: “{{{” without “}}}”") : tr("unclosed tag: “{{” without “}}”"),
                            QString());
            }
            const qsizetype end = close + closing.size();
            const QString tag = m_text.mid(open, end - open);
            const QStringView content = QStringView(m_text).mid(contentStart, close - contentStart).trimmed();

            QChar sigil;
            QStringView name = content;
            if (!triple && !content.isEmpty() && QStringView(u"#^/!&").contains(content.front())) {
                sigil = content.front();
                name = content.mid(1).trimmed();
            }
            if (sigil != QLatin1Char('!')) {
                if (name.isEmpty())
                    return fail(tr("empty tag “%1”").arg(tag), QString());
                if (!isValidName(name)) {
                    return fail(tr("“%1” is not a valid name: use letters, digits and _ - . @").arg(name.toString()),
                                name.toString());
                }
            }

            // A line holding only a section, closing or comment tag disappears with its line break.
            qsizetype textEnd = open;
            qsizetype next = end;
            if (sigil == QLatin1Char('#') || sigil == QLatin1Char('^') || sigil == QLatin1Char('/')
                || sigil == QLatin1Char('!')) {
                qsizetype lineStart = open;
                while (lineStart > textStart && isBlank(m_text.at(lineStart - 1)))
                    --lineStart;
                qsizetype after = end;
                while (after < size && isBlank(m_text.at(after)))
                    ++after;
                if (lineStart == 0 || m_text.at(lineStart - 1) == QLatin1Char('\n')) {
                    if (after == size) {
                        textEnd = lineStart;
                        next = size;
                    } else if (m_text.at(after) == QLatin1Char('\n')) {
                        textEnd = lineStart;
                        next = after + 1;
                    } else if (m_text.at(after) == QLatin1Char('\r') && after + 1 < size
                               && m_text.at(after + 1) == QLatin1Char('\n')) {
                        textEnd = lineStart;
                        next = after + 2;
                    }
                }
            }
            appendText(textStart, textEnd);
            textStart = next;
            from = next;

            if (!handleTag(sigil, triple, name.toString()))
                return false;
        }
        appendText(textStart, size);
        if (!m_open.empty()) {
            const Node &section = *m_open.back();
            m_tagLine = section.line;
            m_tagColumn = section.column;
            return fail(tr("section “%1” is never closed").arg(section.text), section.text);
        }
        return true;
    }

    std::vector<Node> nodes;
    QStringList names;
    TemplateError error;

private:
    bool handleTag(QChar sigil, bool triple, const QString &name)
    {
        if (sigil == QLatin1Char('!'))
            return true;
        if (sigil == QLatin1Char('/')) {
            if (m_open.empty())
                return fail(tr("“/%1” closes nothing; no section is open").arg(name), name);
            if (m_open.back()->text != name)
                return fail(tr("“/%1” closes nothing; “%2” is open").arg(name, m_open.back()->text), name);
            m_open.pop_back();
            return true;
        }

        Node node;
        node.text = name;
        if (name != QLatin1String("."))
            node.path = name.split(QLatin1Char('.'));
        node.line = m_tagLine;
        node.column = m_tagColumn;
        if (!isSyntheticName(name) && !m_seen.contains(name)) {
            m_seen.insert(name);
            names.append(name);
        }
        if (sigil == QLatin1Char('#') || sigil == QLatin1Char('^')) {
            if (int(m_open.size()) >= MaxDepth) {
                return fail(tr("section “%1” is nested more than %2 deep").arg(name).arg(MaxDepth), name);
            }
            node.kind = sigil == QLatin1Char('#') ? Node::Kind::Section : Node::Kind::Inverted;
            current().push_back(std::move(node));
            // Only the innermost open section gets children, so this pointer stays valid until it closes.
            m_open.push_back(&current().back());
            return true;
        }
        node.kind = triple || sigil == QLatin1Char('&') ? Node::Kind::RawValue : Node::Kind::Value;
        current().push_back(std::move(node));
        return true;
    }

    std::vector<Node> &current() { return m_open.empty() ? nodes : m_open.back()->children; }

    void appendText(qsizetype from, qsizetype to)
    {
        if (to <= from)
            return;
        std::vector<Node> &list = current();
        if (!list.empty() && list.back().kind == Node::Kind::Text) {
            list.back().text += QStringView(m_text).mid(from, to - from);
            return;
        }
        Node node;
        node.text = m_text.mid(from, to - from);
        list.push_back(std::move(node));
    }

    void advanceTo(qsizetype position)
    {
        for (; m_counted < position; ++m_counted) {
            if (m_text.at(m_counted) == QLatin1Char('\n')) {
                ++m_line;
                m_lineStart = m_counted + 1;
            }
        }
    }

    bool fail(const QString &message, const QString &name)
    {
        error.message = message;
        error.line = m_tagLine;
        error.column = m_tagColumn;
        error.name = name;
        return false;
    }

    const QString &m_text;
    std::vector<Node *> m_open;
    QSet<QString> m_seen;
    int m_line = 1;
    qsizetype m_lineStart = 0;
    qsizetype m_counted = 0;
    int m_tagLine = 0;
    int m_tagColumn = 0;
};

bool isList(const QVariant &value)
{
    return value.typeId() == QMetaType::QVariantList || value.typeId() == QMetaType::QStringList;
}

bool isMap(const QVariant &value)
{
    return value.typeId() == QMetaType::QVariantMap || value.typeId() == QMetaType::QVariantHash;
}

/// The member @p key of a map value, or nullptr; points into @p container.
const QVariant *member(const QVariant &container, const QString &key)
{
    if (container.typeId() == QMetaType::QVariantMap) {
        const auto *map = static_cast<const QVariantMap *>(container.constData());
        const auto it = map->constFind(key);
        return it == map->constEnd() ? nullptr : &it.value();
    }
    if (container.typeId() == QMetaType::QVariantHash) {
        const auto *hash = static_cast<const QVariantHash *>(container.constData());
        const auto it = hash->constFind(key);
        return it == hash->constEnd() ? nullptr : &it.value();
    }
    return nullptr;
}

QString textOf(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        return QString();
    case QMetaType::QString:
        return value.toString();
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::QTime:
        return value.toTime().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return value.toDateTime().toString(Qt::ISODate);
    case QMetaType::QStringList:
        return value.toStringList().join(QStringLiteral(", "));
    case QMetaType::QVariantList: {
        QStringList parts;
        const QVariantList items = value.toList();
        for (const QVariant &item : items)
            parts.append(textOf(item));
        return parts.join(QStringLiteral(", "));
    }
    case QMetaType::QVariantMap:
    case QMetaType::QVariantHash:
        return QString();
    default:
        return value.toString();
    }
}

/// Whether a section over @p value renders its body at all (an inverted section renders when this is false).
bool isTruthy(const QVariant &value)
{
    if (!value.isValid())
        return false;
    if (value.typeId() == QMetaType::Bool)
        return value.toBool();
    if (value.typeId() == QMetaType::QVariantList)
        return !static_cast<const QVariantList *>(value.constData())->isEmpty();
    if (value.typeId() == QMetaType::QStringList)
        return !static_cast<const QStringList *>(value.constData())->isEmpty();
    if (isMap(value))
        return true;
    return !textOf(value).isEmpty();
}

QString htmlEscaped(const QString &text)
{
    QString escaped = text.toHtmlEscaped();
    if (escaped.contains(QLatin1Char('\n')) || escaped.contains(QLatin1Char('\r'))) {
        escaped.replace(QLatin1String("\r\n"), QLatin1String("<br>"));
        escaped.replace(QLatin1Char('\r'), QLatin1String("<br>"));
        escaped.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    }
    return escaped;
}

class Renderer
{
public:
    Renderer(const QVariant &root, TemplateEscaping escaping)
        : m_escaping(escaping)
    {
        m_stack.reserve(MaxDepth + 1);
        m_stack.push_back(Frame{&root, false, {}, {}, {}});
    }

    bool render(const std::vector<Node> &nodes)
    {
        for (const Node &node : nodes) {
            switch (node.kind) {
            case Node::Kind::Text:
                out += node.text;
                break;
            case Node::Kind::Value:
            case Node::Kind::RawValue: {
                const QVariant *value = resolve(node);
                if (!value)
                    return fail(tr("unknown placeholder “%1”").arg(node.text), node);
                if (node.kind == Node::Kind::RawValue || m_escaping == TemplateEscaping::PlainText)
                    out += textOf(*value);
                else
                    out += htmlEscaped(textOf(*value));
                break;
            }
            case Node::Kind::Section:
            case Node::Kind::Inverted:
                if (!renderSection(node))
                    return false;
                break;
            }
        }
        return true;
    }

    QString out;
    TemplateError error;

private:
    struct Frame
    {
        const QVariant *value;
        bool listItem;
        QVariant index;
        QVariant first;
        QVariant last;
    };

    bool renderSection(const Node &node)
    {
        const QVariant *found = resolve(node);
        if (!found)
            return fail(tr("unknown section “%1”").arg(node.text), node);
        // Keep a copy: the frames pushed below point into it, and it shares the data rather than copying it.
        const QVariant value = *found;
        if (node.kind == Node::Kind::Inverted)
            return isTruthy(value) || render(node.children);
        if (!isTruthy(value))
            return true;
        if (isList(value)) {
            const QVariantList items = value.toList();
            const qsizetype count = items.size();
            for (qsizetype i = 0; i < count; ++i) {
                m_stack.push_back(Frame{&items.at(i), true, QVariant(int(i + 1)), QVariant(i == 0),
                                        QVariant(i == count - 1)});
                const bool ok = render(node.children);
                m_stack.pop_back();
                if (!ok)
                    return false;
            }
            return true;
        }
        if (value.typeId() == QMetaType::Bool)
            return render(node.children);
        m_stack.push_back(Frame{&value, false, {}, {}, {}});
        const bool ok = render(node.children);
        m_stack.pop_back();
        return ok;
    }

    /// The first part of a dotted name is looked for from the innermost context outwards; the rest only inside it.
    const QVariant *resolve(const Node &node) const
    {
        if (node.path.isEmpty())
            return m_stack.back().value;
        const QString &head = node.path.constFirst();
        if (node.path.size() == 1 && head.startsWith(QLatin1Char('@'))) {
            for (auto frame = m_stack.crbegin(); frame != m_stack.crend(); ++frame) {
                if (!frame->listItem)
                    continue;
                if (head == QLatin1String("@index"))
                    return &frame->index;
                if (head == QLatin1String("@first"))
                    return &frame->first;
                if (head == QLatin1String("@last"))
                    return &frame->last;
                break;
            }
        }
        const QVariant *value = nullptr;
        for (auto frame = m_stack.crbegin(); frame != m_stack.crend() && !value; ++frame)
            value = member(*frame->value, head);
        for (qsizetype i = 1; i < node.path.size() && value; ++i)
            value = member(*value, node.path.at(i));
        return value;
    }

    bool fail(const QString &message, const Node &node)
    {
        error.message = message;
        error.line = node.line;
        error.column = node.column;
        error.name = node.text;
        return false;
    }

    TemplateEscaping m_escaping;
    std::vector<Frame> m_stack;
};

/// Whether @p name, used inside the sections @p enclosing (outermost first), is one of @p known or lies inside one
/// of them, directly or through any run of enclosing section names ("questions.text", "person.address.city").
bool isKnown(const QString &name, const QStringList &enclosing, const QSet<QString> &known)
{
    if (known.contains(name))
        return true;
    for (qsizetype last = enclosing.size() - 1; last >= 0; --last) {
        QString qualified = name;
        for (qsizetype first = last; first >= 0; --first) {
            qualified = enclosing.at(first) + QLatin1Char('.') + qualified;
            if (known.contains(qualified))
                return true;
        }
    }
    return false;
}

void collectUnknown(const std::vector<Node> &nodes, QStringList &enclosing, const QSet<QString> &known,
                    QSet<QString> &reported, QStringList &unknown)
{
    for (const Node &node : nodes) {
        if (node.kind == Node::Kind::Text)
            continue;
        if (!isSyntheticName(node.text) && !reported.contains(node.text) && !isKnown(node.text, enclosing, known)) {
            reported.insert(node.text);
            unknown.append(node.text);
        }
        if (node.kind == Node::Kind::Section) {
            enclosing.append(node.text);
            collectUnknown(node.children, enclosing, known, reported, unknown);
            enclosing.removeLast();
        } else if (node.kind == Node::Kind::Inverted) {
            // An inverted section puts nothing on the context stack.
            collectUnknown(node.children, enclosing, known, reported, unknown);
        }
    }
}

} // namespace

struct DocumentTemplate::Parsed
{
    std::vector<Node> nodes;
    QStringList names;
};

QString TemplateError::toString() const
{
    if (line <= 0)
        return message;
    return tr("line %1, column %2: %3").arg(QString::number(line), QString::number(column), message);
}

bool DocumentTemplate::parse(const QString &text, TemplateError *error)
{
    m_parsed.reset();
    Parser parser(text);
    const bool ok = parser.run();
    if (error)
        *error = parser.error;
    if (!ok)
        return false;
    auto parsed = std::make_shared<Parsed>();
    parsed->nodes = std::move(parser.nodes);
    parsed->names = std::move(parser.names);
    m_parsed = std::move(parsed);
    return true;
}

bool DocumentTemplate::isEmpty() const
{
    return !m_parsed || m_parsed->nodes.empty();
}

QString DocumentTemplate::render(const QVariantMap &data, TemplateEscaping escaping, TemplateError *error) const
{
    if (error)
        *error = TemplateError();
    if (isEmpty())
        return QString(QLatin1String(""));
    const QVariant root(data);
    Renderer renderer(root, escaping);
    if (!renderer.render(m_parsed->nodes)) {
        if (error)
            *error = renderer.error;
        return QString();
    }
    // A template of only empty values still renders as a non-null string.
    if (renderer.out.isNull())
        return QString(QLatin1String(""));
    return renderer.out;
}

QStringList DocumentTemplate::names() const
{
    return m_parsed ? m_parsed->names : QStringList();
}

QStringList DocumentTemplate::unknownNames(const QStringList &known) const
{
    if (!m_parsed)
        return {};
    QSet<QString> accepted(known.cbegin(), known.cend());
    // Every leading part of a known dotted name is a section that name lies in: "person.name" accepts {{#person}}.
    for (const QString &name : known) {
        for (qsizetype dot = name.indexOf(QLatin1Char('.')); dot > 0; dot = name.indexOf(QLatin1Char('.'), dot + 1))
            accepted.insert(name.left(dot));
    }
    QStringList enclosing;
    QSet<QString> reported;
    QStringList unknown;
    collectUnknown(m_parsed->nodes, enclosing, accepted, reported, unknown);
    return unknown;
}

QString renderTemplate(const QString &text, const QVariantMap &data, TemplateEscaping escaping, TemplateError *error)
{
    DocumentTemplate parsedTemplate;
    if (!parsedTemplate.parse(text, error))
        return QString();
    return parsedTemplate.render(data, escaping, error);
}

} // namespace Inroad

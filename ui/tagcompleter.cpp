#include "tagcompleter.h"

#include <QLineEdit>
#include <QStringListModel>

namespace Inroad {

TagCompleter::TagCompleter(QObject *parent)
    : QCompleter(parent)
    , m_tags(new QStringListModel(this))
{
    setModel(m_tags);
    setCaseSensitivity(Qt::CaseInsensitive);
    setFilterMode(Qt::MatchStartsWith);
    setCompletionMode(QCompleter::PopupCompletion);
}

void TagCompleter::setTags(const QStringList &tags)
{
    if (m_tags->stringList() != tags)
        m_tags->setStringList(tags);
}

QStringList TagCompleter::splitPath(const QString &path) const
{
    const qsizetype comma = path.lastIndexOf(QLatin1Char(','));
    return {path.mid(comma + 1).trimmed()};
}

QString TagCompleter::pathFromIndex(const QModelIndex &index) const
{
    const QString tag = QCompleter::pathFromIndex(index);
    const auto *lineEdit = qobject_cast<const QLineEdit *>(widget());
    if (!lineEdit)
        return tag;
    const QString text = lineEdit->text();
    const qsizetype comma = text.lastIndexOf(QLatin1Char(','));
    if (comma < 0)
        return tag;
    return text.left(comma + 1) + QLatin1Char(' ') + tag;
}

} // namespace Inroad

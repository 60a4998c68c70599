#pragma once

#include <QCompleter>

class QStringListModel;

namespace Inroad {

/// Completes the last entry of a comma-separated list in a QLineEdit ("mentor, ux re|" offers
/// "UX research") and keeps the entries typed before it.
class TagCompleter final : public QCompleter
{
    Q_OBJECT

public:
    explicit TagCompleter(QObject *parent = nullptr);

    void setTags(const QStringList &tags);

    QStringList splitPath(const QString &path) const override;
    QString pathFromIndex(const QModelIndex &index) const override;

private:
    QStringListModel *m_tags;
};

} // namespace Inroad

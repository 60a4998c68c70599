#pragma once

#include "question.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QSortFilterProxyModel>

class QMimeData;

namespace Inroad {

class QuestionRepository;

/// The rows of @p model among @p indexes, each once, in ascending order (for mimeData()).
QList<int> distinctRows(const QModelIndexList &indexes, const QAbstractItemModel *model);
/// Drag data carrying @p payload as @p type, and @p texts one per line as plain text.
QMimeData *questionMimeData(const QString &type, const QByteArray &payload, const QStringList &texts);

/// The question bank as a table, retired questions included, in bank order (category position,
/// then position, as QuestionRepository::all() sorts it). Follows the repository's signals with
/// row-level model signals: an added question is inserted at its place, a changed one is moved
/// (beginMoveRows) when its place changed and then updated, a removed one is removed, and a
/// category change updates the category column (a layout change when categories were reordered).
/// The model is never reset except by reload().
///
/// Retired questions are greyed (Qt::ForegroundRole) and say "(retired)" in their tool tip. A
/// question with a caution has it as the text column's tool tip and CautionRole; its decoration is
/// the icon theme's "dialog-warning" when the theme has one. Core cannot use QStyle, so a view
/// that wants an icon on every platform draws its own from CautionRole.
///
/// Rows can be dragged: the mime data carries the question ids (questionIdsMimeType(), a
/// QDataStream of QList<qint64>) and the texts, one per line, as plain text.
class QuestionBankModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TextColumn, CategoryColumn, MinutesColumn, TagsColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< qint64
        QuestionRole,              ///< Inroad::Question
        CategoryIdRole,            ///< qint64
        TagsRole,                  ///< QStringList
        RetiredRole,               ///< bool
        CautionRole,               ///< QString; empty when the question is fine
        SearchTextRole,            ///< QString: text, category and tags, for filtering
        SortRole,                  ///< what a column sorts by: the minutes as a number, else the text shown
    };

    explicit QuestionBankModel(QuestionRepository &repo, QObject *parent = nullptr);

    static QString questionIdsMimeType() { return QStringLiteral("application/x-inroad-question-ids"); }
    /// Reads the ids written by mimeData(); empty when @p data has none.
    static QList<qint64> questionIdsFromMime(const class QMimeData *data);
    /// An estimate as shown in the lists: "2 min", "1.5 min" (the locale's decimal separator).
    static QString minutesText(double minutes);
    /// The theme's "dialog-warning" icon for questions with a caution; null without an icon theme
    /// or without a QGuiApplication.
    static QIcon cautionIcon();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

    Question questionAt(int row) const;
    /// The row of the question @p id, or -1.
    int rowOf(qint64 id) const;
    /// Reads the whole bank again (resets the model).
    void reload();

private:
    void place(qint64 id);
    void remove(qint64 id);
    void updateCategories();
    void restoreOrder(const QList<Question> &fresh);

    QuestionRepository &m_repo;
    QList<Question> m_rows;
};

/// Filters the bank by category, tag, words and whether retired questions show (hidden by default).
/// Sorts by SortRole, so that "10 min" comes after "2 min".
class QuestionBankFilter final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit QuestionBankFilter(QObject *parent = nullptr);

    void setCategoryId(qint64 id);     ///< 0: every category
    void setTag(const QString &tag);   ///< empty: any tag
    /// Every word must occur in the text, category or tags (case- and accent-insensitive:
    /// "resume" finds "résumé").
    void setText(const QString &text);
    void setShowRetired(bool show);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    qint64 m_categoryId = 0;
    QString m_tag;
    QStringList m_words;
    bool m_showRetired = false;
};

} // namespace Inroad

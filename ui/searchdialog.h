#pragma once

#include "searchindex.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListView;
class QStackedWidget;
class QTimer;

namespace Inroad {

class EmptyState;
class SearchResultModel;
class Workspace;

/// Search everywhere: one field that finds people, organizations, interviews, answers and notes,
/// with the hits grouped by kind and the matching words in bold.
///
/// Typing searches after a short pause, so that fast typing runs one search, not one per key.
/// Up and Down in the field move through the hits, skipping the group headings; Enter or a
/// double-click emits hitActivated() and accepts the dialog; Esc closes it. What opening a hit
/// means is up to whoever connects hitActivated().
class SearchDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SearchDialog(Workspace &workspace, QWidget *parent = nullptr);
    ~SearchDialog() override;

    /// Puts @p query in the field and searches at once.
    void setQuery(const QString &query);
    QString query() const;

    /// The hit selected in the list, if any.
    std::optional<SearchHit> currentHit() const;

    QLineEdit *field() const { return m_field; }
    QListView *list() const { return m_list; }
    SearchResultModel *model() const { return m_model; }

signals:
    /// The user chose @p hit (Enter or a double-click); the dialog has been accepted.
    void hitActivated(const Inroad::SearchHit &hit);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void runQuery();
    void updateState();
    /// Moves the selection @p steps hits down (negative: up), skipping headings, stopping at the ends.
    void moveSelection(int steps);
    void selectRow(int row);
    void activate(const QModelIndex &index);
    void activateCurrent();

    Workspace &m_workspace;
    SearchResultModel *m_model = nullptr;
    QLineEdit *m_field = nullptr;
    QListView *m_list = nullptr;
    EmptyState *m_message = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace Inroad

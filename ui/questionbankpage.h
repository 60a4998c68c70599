#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QModelIndex;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QUndoStack;

namespace Inroad {

class EmptyState;
class QuestionBankFilter;
class QuestionBankModel;
class QuestionForm;
class Workspace;

/// The question bank: the questions filtered by category, tag, words and whether retired ones
/// show, beside the form of the current question. Questions can be dragged from the list into an
/// interview's list. Delete removes the user's own questions and retires shipped ones; every
/// change is one undo step.
class QuestionBankPage final : public QWidget
{
    Q_OBJECT

public:
    QuestionBankPage(Workspace &workspace, QUndoStack &undoStack, QWidget *parent = nullptr);
    ~QuestionBankPage() override;

    /// Filters by the window's search field (words of the text, category or tags).
    void setFilterText(const QString &text);
    void setCategoryFilter(qint64 categoryId);
    void setTagFilter(const QString &tag);
    void setShowRetired(bool show);
    /// Clears every filter of the page, the search text included (see filterClearRequested()).
    void clearFilters();

    void addNew();
    /// Deletes the selected questions of the user's own and retires the selected shipped ones.
    void deleteSelected();
    bool canDelete() const;
    /// Retires the selected questions, or puts them back when all of them are retired.
    void toggleRetired();
    /// Asks whether to restore the shipped bank, then does (in a window-modal box).
    void confirmRestoreShippedBank();
    /// Restores the shipped bank without asking, as one undo step; returns how many questions
    /// were brought back or reworded.
    int restoreShippedBank();

    QString statusText() const;
    /// Selects the question @p id, clearing the page's filters when they hide it.
    void showQuestion(qint64 id);
    qint64 currentQuestionId() const;

    QTableView *listView() const { return m_list; }
    QuestionBankModel *model() const { return m_model; }
    QuestionBankFilter *filterModel() const { return m_filter; }
    QuestionForm *form() const { return m_form; }

signals:
    /// "Print Question Bank…" was pressed: the window prints the handout.
    void printRequested();
    /// The user pressed "Clear Filter": the window should empty its search field.
    void filterClearRequested();
    void statusTextChanged();
    void canDeleteChanged();

private:
    QWidget *buildFilterRow();
    QWidget *buildButtonRow();
    void reloadCategories();
    void reloadTags();
    void selectQuestion(qint64 id);
    void selectCurrentRow();
    void currentRowChanged(const QModelIndex &current);
    void updateState();
    void updateButtons();
    void setMessage(const QString &message);
    QList<qint64> selectedIds() const;
    qint64 idAtProxyRow(int row) const;
    bool hasPageFilter() const;

    Workspace &m_workspace;
    QUndoStack &m_undoStack;
    QuestionBankModel *m_model = nullptr;
    QuestionBankFilter *m_filter = nullptr;
    QSplitter *m_splitter = nullptr;
    QComboBox *m_categoryFilter = nullptr;
    QComboBox *m_tagFilter = nullptr;
    QCheckBox *m_showRetired = nullptr;
    QStackedWidget *m_listPages = nullptr;
    QTableView *m_list = nullptr;
    EmptyState *m_emptyBank = nullptr;
    EmptyState *m_noMatch = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_retireButton = nullptr;
    QPushButton *m_restoreButton = nullptr;
    QPushButton *m_printButton = nullptr;
    QuestionForm *m_form = nullptr;
    QString m_filterText;
    QString m_message;
    /// The shown question while the filter takes its row away (it was just retired).
    qint64 m_reselectId = 0;
};

} // namespace Inroad

#pragma once

#include "areaview.h"

class QTabWidget;
class QUndoStack;

namespace Inroad {

class AnswerComparisonPage;
class QuestionBankPage;
class QuestionSetsPage;
class Workspace;

/// The Questions area: the question bank, the saved question sets, and answers compared across
/// interviews, each on a tab. The window's search field, File ▸ New and Edit ▸ Delete act on the
/// tab shown (New always writes a new question in the bank).
class QuestionsArea final : public AreaView
{
    Q_OBJECT

public:
    QuestionsArea(Workspace &workspace, QUndoStack &undoStack, QWidget *parent = nullptr);

    QString title() const override;
    void setFilterText(const QString &text) override;
    void addNew() override;
    void deleteSelected() override;
    bool canDelete() const override;
    QString statusText() const override;
    /// Selects the question @p id in the bank.
    void showRecord(qint64 id) override;

    QuestionBankPage *bankPage() const { return m_bank; }
    QuestionSetsPage *setsPage() const { return m_sets; }
    AnswerComparisonPage *comparisonPage() const { return m_comparison; }
    QTabWidget *tabs() const { return m_tabs; }
    void showBankTab();
    void showSetsTab();
    void showComparisonTab();

signals:
    /// The user opened an interview from the comparison.
    void interviewRequested(qint64 id);
    /// A "Clear Filter" button was pressed: the window should empty its search field.
    void filterClearRequested();

private:
    QTabWidget *m_tabs = nullptr;
    QuestionBankPage *m_bank = nullptr;
    QuestionSetsPage *m_sets = nullptr;
    AnswerComparisonPage *m_comparison = nullptr;
};

} // namespace Inroad

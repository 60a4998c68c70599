#include "questionsarea.h"

#include "answercomparisonpage.h"
#include "questionbankpage.h"
#include "questionsetspage.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace Inroad {

QuestionsArea::QuestionsArea(Workspace &workspace, QUndoStack &undoStack, QWidget *parent)
    : AreaView(parent)
    , m_tabs(new QTabWidget(this))
    , m_bank(new QuestionBankPage(workspace, undoStack))
    , m_sets(new QuestionSetsPage(workspace, undoStack))
    , m_comparison(new AnswerComparisonPage(workspace))
{
    m_tabs->setObjectName(QStringLiteral("questionsTabs"));
    m_tabs->setDocumentMode(true);
    m_bank->setObjectName(QStringLiteral("questionBankPage"));
    m_sets->setObjectName(QStringLiteral("questionSetsPage"));
    m_comparison->setObjectName(QStringLiteral("answerComparisonPage"));
    m_tabs->addTab(m_bank, tr("&Bank"));
    m_tabs->setTabToolTip(0, tr("Every question you might ask, by category"));
    m_tabs->addTab(m_sets, tr("&Sets"));
    m_tabs->setTabToolTip(1, tr("Saved question lists to reuse and share"));
    m_tabs->addTab(m_comparison, tr("Compare Ans&wers"));
    m_tabs->setTabToolTip(2, tr("Everyone’s answer to the same question, side by side"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    setFocusProxy(m_bank);

    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        setFocusProxy(m_tabs->currentWidget());
        emit statusTextChanged();
        emit canDeleteChanged();
    });
    const auto ifCurrent = [this](QWidget *page, void (QuestionsArea::*signal)()) {
        return [this, page, signal] {
            if (m_tabs->currentWidget() == page)
                emit(this->*signal)();
        };
    };
    connect(m_bank, &QuestionBankPage::statusTextChanged, this, ifCurrent(m_bank, &AreaView::statusTextChanged));
    connect(m_bank, &QuestionBankPage::canDeleteChanged, this, ifCurrent(m_bank, &AreaView::canDeleteChanged));
    connect(m_sets, &QuestionSetsPage::statusTextChanged, this, ifCurrent(m_sets, &AreaView::statusTextChanged));
    connect(m_sets, &QuestionSetsPage::canDeleteChanged, this, ifCurrent(m_sets, &AreaView::canDeleteChanged));
    connect(m_bank, &QuestionBankPage::filterClearRequested, this, &QuestionsArea::filterClearRequested);
    connect(m_sets, &QuestionSetsPage::filterClearRequested, this, &QuestionsArea::filterClearRequested);
    connect(m_comparison, &AnswerComparisonPage::interviewActivated, this, [this](qint64 id) {
        emit interviewRequested(id);
        emit recordRequested(QStringLiteral("interviews"), id);
    });
}

QString QuestionsArea::title() const
{
    return tr("Questions");
}

void QuestionsArea::setFilterText(const QString &text)
{
    // One search field for both lists, so switching tabs never shows a stale filter.
    m_bank->setFilterText(text);
    m_sets->setFilterText(text);
}

void QuestionsArea::addNew()
{
    showBankTab();
    m_bank->addNew();
}

void QuestionsArea::deleteSelected()
{
    if (m_tabs->currentWidget() == m_bank)
        m_bank->deleteSelected();
    else if (m_tabs->currentWidget() == m_sets)
        m_sets->deleteSelected();
}

bool QuestionsArea::canDelete() const
{
    if (m_tabs->currentWidget() == m_bank)
        return m_bank->canDelete();
    if (m_tabs->currentWidget() == m_sets)
        return m_sets->canDelete();
    return false;
}

QString QuestionsArea::statusText() const
{
    if (m_tabs->currentWidget() == m_bank)
        return m_bank->statusText();
    if (m_tabs->currentWidget() == m_sets)
        return m_sets->statusText();
    return tr("Pick a career field or interviews, then a question, to compare the answers");
}

void QuestionsArea::showRecord(qint64 id)
{
    showBankTab();
    m_bank->showQuestion(id);
}

void QuestionsArea::showBankTab()
{
    m_tabs->setCurrentWidget(m_bank);
}

void QuestionsArea::showSetsTab()
{
    m_tabs->setCurrentWidget(m_sets);
}

void QuestionsArea::showComparisonTab()
{
    m_tabs->setCurrentWidget(m_comparison);
}

} // namespace Inroad

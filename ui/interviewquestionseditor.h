#pragma once

#include <QWidget>

#include <memory>

class QAbstractItemView;
class QUndoStack;
class QUrl;

namespace Inroad {

class InterviewQuestionModel;
class Workspace;

/// The questions of one interview: the bank to pick from (filtered by category, tag and words),
/// the interview's own list in order with a time meter against the agreed minutes, and the
/// answer to the selected question. Questions move from the bank by drag and drop, by double
/// click or Enter, and within the list by drag and drop or Alt+Up/Down; every change is one
/// undoable step.
class InterviewQuestionsEditor final : public QWidget
{
    Q_OBJECT

public:
    InterviewQuestionsEditor(Workspace &workspace, QUndoStack &undoStack, QWidget *parent = nullptr);
    ~InterviewQuestionsEditor() override;

    /// Shows the list of the interview @p id (0: none).
    void showInterview(qint64 id);
    qint64 interviewId() const;

    InterviewQuestionModel *model() const;
    QAbstractItemView *bankView() const;
    QAbstractItemView *listView() const;

    /// Adds the questions selected in the bank after the current row of the list (or at the end).
    void addSelectedFromBank();
    /// Adds the shipped question that asks who else to talk to as the last question.
    void addReferralQuestion();
    /// Adds the text of the "own question" field as a one-off question.
    void addOwnQuestion();
    /// Moves the selected questions one place up (-1) or down (+1).
    void moveSelected(int delta);
    void removeSelected();
    /// Saves the list as a new set called @p name; false (after telling why) when it cannot.
    bool saveAsSet(const QString &name);
    /// Appends (or, with @p replace, puts in place of the list) the set @p setId.
    bool applySet(qint64 setId, bool replace);
    /// The e-mail that sends the list ahead to the interviewee.
    QUrl sendAheadUrl() const;

    /// The time meter's sentence ("16 of 20 minutes planned …"), for tests and accessibility.
    QString budgetText() const;
    /// Whether the "end with who else to talk to" suggestion is showing.
    bool isReferralSuggestionVisible() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Inroad

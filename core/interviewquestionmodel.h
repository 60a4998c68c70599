#pragma once

#include "question.h"
#include "timebudget.h"

#include <QAbstractTableModel>
#include <QHash>

class QUndoCommand;
class QUndoStack;

namespace Inroad {

class InterviewQuestionRepository;
class QuestionRepository;

/// One interview's question list, in order, with its answers.
///
/// Every edit goes through the undo stack as one command (questioncommands.h). The model follows
/// InterviewQuestionRepository::listChanged/changed by comparing ids with what it shows and
/// emitting row removals, a layout change for moves (persistent indexes follow their rows),
/// row insertions and dataChanged — never a reset while the same interview is shown — so the
/// selection survives an edit and its undo.
///
/// The number column shows "1.", "2." from the stored position, which the model updates with
/// dataChanged after rows come and go (so neighbours keep their data during a row change).
///
/// Drag and drop (nothing is accepted while no interview is shown): rows are dragged as
/// interview-question ids (rowIdsMimeType(): a QDataStream of the interview id, then a
/// QList<qint64>) and as plain text. Dropped on the same interview's list they are moved to the
/// drop row; dropped on another interview's list they are copied there (text, minutes and bank
/// question; not the answers). Bank questions dropped from QuestionBankModel are added at the drop
/// row; plain text from elsewhere becomes a one-off question per non-empty line (at most 50).
/// List markers ("- ", "3. ") at the start of dropped lines are dropped. A drop onto an item
/// means "before that row". Every drop is one undo step.
///
/// Cautions and the referral check follow the bank: a bank question that changes updates the
/// rows that came from it.
class InterviewQuestionModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NumberColumn, TextColumn, MinutesColumn, AnswerColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< qint64
        QuestionRole,              ///< Inroad::InterviewQuestion
        AnswerRole,                ///< QString (Markdown)
        NotAskedRole,              ///< bool
        CautionRole,               ///< QString: the bank question's caution, or the text's own check
    };
    static constexpr int kMaxDroppedLines = 50;

    InterviewQuestionModel(InterviewQuestionRepository &repo, QuestionRepository &bank, QUndoStack &undoStack,
                           QObject *parent = nullptr);

    static QString rowIdsMimeType() { return QStringLiteral("application/x-inroad-interview-question-ids"); }

    qint64 interviewId() const { return m_interviewId; }
    /// Shows the list of @p id (0: nothing); this one resets the model. Setting the interview that
    /// is already shown only re-reads it, without a reset.
    void setInterview(qint64 id);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    /// Reorders through the undo stack (keyboard moves use this); false for a move that changes nothing.
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent,
                  int destinationChild) override;

    InterviewQuestion questionAt(int row) const;
    QList<InterviewQuestion> questions() const { return m_rows; }

    // Edits, each one undo step. Rows past the end (or -1) mean "at the end". Each returns true
    // when the list changed, false when nothing could be done. An edit that changes nothing
    // pushes no command (setAnswer(), setNotAsked() and setData() then return true).

    /// Adds the bank questions (text and minutes copied) before @p row. Questions missing from the
    /// bank or already on the list are skipped; false when none is left.
    bool addFromBank(const QList<qint64> &questionIds, int row = -1);
    bool addOneOff(const QString &text, double minutes = Question::kDefaultMinutes, int row = -1);
    bool removeQuestions(const QList<int> &rows);
    bool setAnswer(int row, const QString &answer);
    bool setNotAsked(int row, bool notAsked);
    /// Appends the set's questions (skipping bank questions already on the list), or replaces the
    /// list with them when @p replace is true (one undo step that removes, then inserts).
    bool applySet(const QuestionSet &set, bool replace);

    /// The plan's arithmetic against @p agreedMinutes. Every row counts, questions marked "not
    /// asked" too: the budget is for planning, before the conversation.
    TimeBudget budget(int agreedMinutes) const;
    /// True when some question asks who else to talk to: the shipped referral question
    /// (referralQuestionKey()), or any text asksForReferrals() recognises.
    bool hasReferralQuestion() const;

private:
    struct BankNote
    {
        QString caution;
        QString builtinKey;
    };

    void sync();
    void syncRow(qint64 id);
    void bankQuestionChanged(qint64 questionId);
    /// Moves the rows @p ids in front of row @p row, keeping their order.
    bool reorder(const QList<qint64> &ids, int row, const QString &text);
    bool insertItems(int row, QList<InterviewQuestion> items, const QString &text);
    bool edit(int row, const InterviewQuestion &after, const QString &text);
    /// Pushes @p command; true when the list changed (a failed first redo changes nothing).
    bool push(QUndoCommand *command);
    int dropRow(int row, const QModelIndex &parent) const;
    QString caution(const InterviewQuestion &question) const;
    BankNote bankNote(qint64 questionId) const;

    InterviewQuestionRepository &m_repo;
    QuestionRepository &m_bank;
    QUndoStack &m_undoStack;
    qint64 m_interviewId = 0;
    QList<InterviewQuestion> m_rows;
    int m_changes = 0; ///< repository signals applied; push() compares it
    // Read when painting; emptied for the rows and bank questions that change.
    mutable QHash<qint64, QString> m_cautions;   ///< by interview-question id
    mutable QHash<qint64, BankNote> m_bankNotes; ///< by bank question id
};

} // namespace Inroad

#include "interviewquestionmodel.h"

#include "interviewquestionrepository.h"
#include "questionbankmodel.h"
#include "questioncaution.h"
#include "questioncommands.h"
#include "questionrepository.h"
#include "recordcommands.h"

#include <QDataStream>
#include <QIODevice>
#include <QLocale>
#include <QMimeData>
#include <QPalette>
#include <QRegularExpression>
#include <QSet>
#include <QUndoStack>

#include <algorithm>
#include <cmath>

namespace Inroad {

namespace {

using EditInterviewQuestionCommand = EditRecordCommand<InterviewQuestionRepository, InterviewQuestion>;

QString plainTextType()
{
    return QStringLiteral("text/plain");
}

/// The questions in dropped text: one per non-empty line, without list markers ("- ", "3. ")
/// that text copied from a document or a printed handout carries.
QStringList questionLines(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("^(?:[-*\\x{2022}]|\\d{1,2}[.)])\\s+"));
    QStringList lines;
    const QStringList raw = text.split(QLatin1Char('\n'));
    for (const QString &line : raw) {
        const QString question = line.trimmed().remove(marker).trimmed();
        if (question.isEmpty())
            continue;
        lines << question;
        if (lines.size() == InterviewQuestionModel::kMaxDroppedLines)
            break;
    }
    return lines;
}

/// @p items without the bank questions @p shown already has, and without repeats.
QList<InterviewQuestion> withoutRepeats(const QList<InterviewQuestion> &items, const QList<InterviewQuestion> &shown)
{
    QSet<qint64> seen;
    for (const InterviewQuestion &q : shown) {
        if (q.questionId > 0)
            seen.insert(q.questionId);
    }
    QList<InterviewQuestion> out;
    for (const InterviewQuestion &item : items) {
        if (item.questionId > 0) {
            if (seen.contains(item.questionId))
                continue;
            seen.insert(item.questionId);
        }
        out << item;
    }
    return out;
}

QString addText(qsizetype count)
{
    return count == 1 ? InterviewQuestionModel::tr("Add question")
                      : InterviewQuestionModel::tr("Add %n questions", nullptr, int(count));
}

QString moveText(qsizetype count)
{
    return count == 1 ? InterviewQuestionModel::tr("Move question")
                      : InterviewQuestionModel::tr("Move %n questions", nullptr, int(count));
}

} // namespace

InterviewQuestionModel::InterviewQuestionModel(InterviewQuestionRepository &repo, QuestionRepository &bank,
                                               QUndoStack &undoStack, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repo(repo)
    , m_bank(bank)
    , m_undoStack(undoStack)
{
    connect(&repo, &InterviewQuestionRepository::listChanged, this, [this](qint64 interviewId) {
        if (interviewId == 0 || interviewId != m_interviewId)
            return;
        ++m_changes;
        sync();
    });
    connect(&repo, &InterviewQuestionRepository::changed, this, &InterviewQuestionModel::syncRow);
    // Cautions and the referral check read the bank question a row came from.
    connect(&bank, &QuestionRepository::added, this, &InterviewQuestionModel::bankQuestionChanged);
    connect(&bank, &QuestionRepository::changed, this, &InterviewQuestionModel::bankQuestionChanged);
    connect(&bank, &QuestionRepository::removed, this, &InterviewQuestionModel::bankQuestionChanged);
}

void InterviewQuestionModel::setInterview(qint64 id)
{
    if (id == m_interviewId) {
        sync();
        return;
    }
    beginResetModel();
    m_interviewId = qMax<qint64>(id, 0);
    m_rows = m_interviewId > 0 ? m_repo.forInterview(m_interviewId) : QList<InterviewQuestion>();
    m_cautions.clear();
    endResetModel();
}

int InterviewQuestionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InterviewQuestionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InterviewQuestionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InterviewQuestion &q = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn: return tr("%1.").arg(q.position + 1);
        case TextColumn: return q.text;
        case MinutesColumn: return QuestionBankModel::minutesText(q.minutes);
        case AnswerColumn:
            if (q.notAsked)
                return tr("Not asked");
            return q.answer.trimmed().isEmpty() ? QString() : tr("Answered");
        default: return {};
        }
    case Qt::EditRole:
        if (index.column() == TextColumn)
            return q.text;
        if (index.column() == MinutesColumn)
            return q.minutes;
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TextColumn) {
            const QString reason = caution(q);
            return reason.isEmpty() ? QVariant() : QVariant(reason);
        }
        if (index.column() == AnswerColumn && !q.answer.trimmed().isEmpty())
            return q.answer;
        return {};
    case Qt::DecorationRole:
        if (index.column() == TextColumn && !caution(q).isEmpty()) {
            const QIcon icon = QuestionBankModel::cautionIcon();
            if (!icon.isNull())
                return icon;
        }
        return {};
    case Qt::ForegroundRole:
        if (q.notAsked)
            return QVariant::fromValue(QPalette().brush(QPalette::PlaceholderText));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == NumberColumn || index.column() == MinutesColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole: return q.id;
    case QuestionRole: return QVariant::fromValue(q);
    case AnswerRole: return q.answer;
    case NotAskedRole: return q.notAsked;
    case CautionRole: return caution(q);
    default: return {};
    }
}

bool InterviewQuestionModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    InterviewQuestion after = m_rows.at(index.row());
    switch (index.column()) {
    case TextColumn: {
        const QString text = value.toString().trimmed();
        if (text.isEmpty())
            return false;
        after.text = text;
        return edit(index.row(), after, tr("Edit question"));
    }
    case MinutesColumn: {
        bool ok = false;
        double minutes = value.toDouble(&ok);
        if (!ok && value.canConvert<QString>())
            minutes = QLocale().toDouble(value.toString().trimmed(), &ok);
        if (!ok || !std::isfinite(minutes) || minutes <= 0)
            return false;
        after.minutes = minutes;
        return edit(index.row(), after, tr("Change minutes"));
    }
    default: return false;
    }
}

QVariant InterviewQuestionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn: return tr("#");
    case TextColumn: return tr("Question");
    case MinutesColumn: return tr("Minutes");
    case AnswerColumn: return tr("Answer");
    default: return {};
    }
}

Qt::ItemFlags InterviewQuestionModel::flags(const QModelIndex &index) const
{
    // Items take no drops of their own: a view then shows the drop between rows.
    if (!index.isValid())
        return m_interviewId > 0 ? Qt::ItemIsDropEnabled : Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
    if (index.column() == TextColumn || index.column() == MinutesColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QStringList InterviewQuestionModel::mimeTypes() const
{
    return {rowIdsMimeType(), QuestionBankModel::questionIdsMimeType(), plainTextType()};
}

QMimeData *InterviewQuestionModel::mimeData(const QModelIndexList &indexes) const
{
    const QList<int> rows = distinctRows(indexes, this);
    if (rows.isEmpty())
        return nullptr;
    QList<qint64> ids;
    QStringList texts;
    for (const int row : rows) {
        ids << m_rows.at(row).id;
        texts << m_rows.at(row).text;
    }
    QByteArray encoded;
    QDataStream stream(&encoded, QIODevice::WriteOnly);
    stream << m_interviewId << ids;
    return questionMimeData(rowIdsMimeType(), encoded, texts);
}

Qt::DropActions InterviewQuestionModel::supportedDropActions() const
{
    return Qt::CopyAction | Qt::MoveAction;
}

Qt::DropActions InterviewQuestionModel::supportedDragActions() const
{
    return Qt::CopyAction | Qt::MoveAction;
}

bool InterviewQuestionModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                             const QModelIndex &parent) const
{
    Q_UNUSED(row)
    Q_UNUSED(column)
    if (!data || m_interviewId <= 0)
        return false;
    if (action != Qt::CopyAction && action != Qt::MoveAction)
        return false;
    if (parent.isValid() && parent.model() != this)
        return false;
    return data->hasFormat(rowIdsMimeType()) || data->hasFormat(QuestionBankModel::questionIdsMimeType())
           || !questionLines(data->text()).isEmpty();
}

bool InterviewQuestionModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                          const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const int target = dropRow(row, parent);

    if (data->hasFormat(rowIdsMimeType())) {
        qint64 sourceInterview = 0;
        QList<qint64> ids;
        QDataStream stream(data->data(rowIdsMimeType()));
        stream >> sourceInterview >> ids;
        if (stream.status() == QDataStream::Ok && !ids.isEmpty()) {
            if (sourceInterview == m_interviewId)
                return reorder(ids, target, moveText(ids.size()));
            QList<InterviewQuestion> copies;
            for (const qint64 id : std::as_const(ids)) {
                const std::optional<InterviewQuestion> original = m_repo.find(id);
                if (!original)
                    continue;
                InterviewQuestion copy;
                copy.questionId = original->questionId;
                copy.text = original->text;
                copy.minutes = original->minutes;
                copies << copy;
            }
            copies = withoutRepeats(copies, m_rows);
            const QString text =
                copies.size() == 1 ? tr("Copy question") : tr("Copy %n questions", nullptr, int(copies.size()));
            return insertItems(target, copies, text);
        }
    }

    const QList<qint64> bankIds = QuestionBankModel::questionIdsFromMime(data);
    if (!bankIds.isEmpty())
        return addFromBank(bankIds, target);

    QList<InterviewQuestion> oneOffs;
    const QStringList lines = questionLines(data->text());
    for (const QString &line : lines) {
        InterviewQuestion q;
        q.text = line;
        oneOffs << q;
    }
    return insertItems(target, oneOffs, addText(oneOffs.size()));
}

bool InterviewQuestionModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                                      const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count <= 0 || sourceRow < 0
        || sourceRow + count > m_rows.size() || destinationChild < 0 || destinationChild > m_rows.size())
        return false;
    // Moving a block in front of itself or of the row after it changes nothing.
    if (destinationChild >= sourceRow && destinationChild <= sourceRow + count)
        return false;
    QList<qint64> moving;
    for (int row = sourceRow; row < sourceRow + count; ++row)
        moving << m_rows.at(row).id;
    return reorder(moving, destinationChild, moveText(count));
}

InterviewQuestion InterviewQuestionModel::questionAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : InterviewQuestion();
}

bool InterviewQuestionModel::addFromBank(const QList<qint64> &questionIds, int row)
{
    if (m_interviewId <= 0)
        return false;
    QList<InterviewQuestion> items;
    for (const qint64 id : questionIds) {
        const std::optional<Question> question = m_bank.find(id);
        if (!question)
            continue;
        InterviewQuestion item;
        item.questionId = question->id;
        item.text = question->text;
        item.minutes = question->minutes;
        items << item;
    }
    items = withoutRepeats(items, m_rows);
    return insertItems(row, items, addText(items.size()));
}

bool InterviewQuestionModel::addOneOff(const QString &text, double minutes, int row)
{
    InterviewQuestion item;
    item.text = text.trimmed();
    item.minutes = minutes;
    if (m_interviewId <= 0 || item.text.isEmpty() || !std::isfinite(minutes) || minutes <= 0)
        return false;
    return insertItems(row, {item}, tr("Add question"));
}

bool InterviewQuestionModel::removeQuestions(const QList<int> &rows)
{
    QList<qint64> ids;
    for (const int row : rows) {
        if (row >= 0 && row < m_rows.size() && !ids.contains(m_rows.at(row).id))
            ids << m_rows.at(row).id;
    }
    if (ids.isEmpty())
        return false;
    const QString text = ids.size() == 1 ? tr("Remove question") : tr("Remove %n questions", nullptr, int(ids.size()));
    return push(new RemoveInterviewQuestionsCommand(m_repo, m_interviewId, ids, text));
}

bool InterviewQuestionModel::setAnswer(int row, const QString &answer)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    InterviewQuestion after = m_rows.at(row);
    after.answer = answer;
    return edit(row, after, tr("Edit answer"));
}

bool InterviewQuestionModel::setNotAsked(int row, bool notAsked)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    InterviewQuestion after = m_rows.at(row);
    after.notAsked = notAsked;
    return edit(row, after, notAsked ? tr("Mark question not asked") : tr("Mark question asked"));
}

bool InterviewQuestionModel::applySet(const QuestionSet &set, bool replace)
{
    if (m_interviewId <= 0)
        return false;
    QList<InterviewQuestion> items;
    for (const QuestionSetItem &setItem : set.items) {
        InterviewQuestion item;
        item.text = setItem.text.trimmed();
        item.minutes = setItem.minutes > 0 ? setItem.minutes : Question::kDefaultMinutes;
        // A set may name a question this bank no longer has; the row then stands on its own.
        if (setItem.questionId > 0 && m_bank.find(setItem.questionId))
            item.questionId = setItem.questionId;
        if (!item.text.isEmpty())
            items << item;
    }

    if (!replace || m_rows.isEmpty()) {
        items = withoutRepeats(items, m_rows);
        return insertItems(-1, items, tr("Add questions of “%1”").arg(set.name));
    }

    // Replacing: only repeats inside the set itself are dropped.
    items = withoutRepeats(items, {});
    if (items.isEmpty())
        return false;
    QList<qint64> oldIds;
    for (const InterviewQuestion &q : std::as_const(m_rows))
        oldIds << q.id;
    auto *command = new QUndoCommand(tr("Replace questions with “%1”").arg(set.name));
    new RemoveInterviewQuestionsCommand(m_repo, m_interviewId, oldIds, QString(), command);
    for (InterviewQuestion &item : items)
        item.interviewId = m_interviewId;
    new InsertInterviewQuestionsCommand(m_repo, m_interviewId, 0, items, QString(), command);
    return push(command);
}

TimeBudget InterviewQuestionModel::budget(int agreedMinutes) const
{
    QList<double> minutes;
    minutes.reserve(m_rows.size());
    for (const InterviewQuestion &q : m_rows)
        minutes << q.minutes;
    return timeBudget(agreedMinutes, minutes);
}

bool InterviewQuestionModel::hasReferralQuestion() const
{
    return std::any_of(m_rows.cbegin(), m_rows.cend(), [this](const InterviewQuestion &q) {
        return (q.questionId > 0 && bankNote(q.questionId).builtinKey == referralQuestionKey())
               || asksForReferrals(q.text);
    });
}

// Follows a list edit without a reset: rows that went away are removed (bottom run first), the
// rows that stayed are put in their new order with a layout change, new rows are inserted (top
// run first), and rows whose content or number changed get dataChanged. Neighbours keep their
// old data (number included) until the last step, which is what row signals promise.
void InterviewQuestionModel::sync()
{
    const QList<InterviewQuestion> fresh =
        m_interviewId > 0 ? m_repo.forInterview(m_interviewId) : QList<InterviewQuestion>();
    QSet<qint64> freshIds;
    for (const InterviewQuestion &q : fresh)
        freshIds.insert(q.id);

    for (int last = int(m_rows.size()) - 1; last >= 0; --last) {
        if (freshIds.contains(m_rows.at(last).id))
            continue;
        int first = last;
        while (first > 0 && !freshIds.contains(m_rows.at(first - 1).id))
            --first;
        beginRemoveRows({}, first, last);
        for (int row = last; row >= first; --row)
            m_cautions.remove(m_rows.at(row).id);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
        last = first;
    }

    QSet<qint64> kept;
    QHash<qint64, int> shownRow;
    for (int row = 0; row < m_rows.size(); ++row) {
        kept.insert(m_rows.at(row).id);
        shownRow.insert(m_rows.at(row).id, row);
    }
    QList<InterviewQuestion> keptInNewOrder;
    for (const InterviewQuestion &q : fresh) {
        if (kept.contains(q.id))
            keptInNewOrder << m_rows.at(shownRow.value(q.id));
    }
    const auto sameId = [](const InterviewQuestion &a, const InterviewQuestion &b) {
        return a.id == b.id;
    };
    if (!std::equal(m_rows.cbegin(), m_rows.cend(), keptInNewOrder.cbegin(), keptInNewOrder.cend(), sameId)) {
        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        QHash<qint64, int> newRow;
        for (int row = 0; row < keptInNewOrder.size(); ++row)
            newRow.insert(keptInNewOrder.at(row).id, row);
        const QModelIndexList before = persistentIndexList();
        QModelIndexList after;
        after.reserve(before.size());
        for (const QModelIndex &old : before)
            after << index(newRow.value(m_rows.at(old.row()).id), old.column());
        m_rows = keptInNewOrder;
        changePersistentIndexList(before, after);
        emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }

    for (int first = 0; first < fresh.size();) {
        if (kept.contains(fresh.at(first).id)) {
            ++first;
            continue;
        }
        int end = first;
        while (end < fresh.size() && !kept.contains(fresh.at(end).id))
            ++end;
        beginInsertRows({}, first, end - 1);
        for (int row = first; row < end; ++row)
            m_rows.insert(row, fresh.at(row));
        endInsertRows();
        first = end;
    }

    Q_ASSERT(m_rows.size() == fresh.size());
    for (int row = 0; row < fresh.size(); ++row) {
        const InterviewQuestion &shown = m_rows.at(row);
        const InterviewQuestion &stored = fresh.at(row);
        const bool contentChanged = !shown.sameContent(stored);
        const bool numberChanged = shown.position != stored.position;
        if (!contentChanged && !numberChanged)
            continue;
        if (contentChanged)
            m_cautions.remove(stored.id);
        m_rows[row] = stored;
        if (contentChanged)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        else
            emit dataChanged(index(row, NumberColumn), index(row, NumberColumn), {Qt::DisplayRole});
    }
}

void InterviewQuestionModel::syncRow(qint64 id)
{
    const auto it = std::find_if(m_rows.cbegin(), m_rows.cend(), [id](const InterviewQuestion &q) {
        return q.id == id;
    });
    if (it == m_rows.cend())
        return;
    ++m_changes;
    const int row = int(std::distance(m_rows.cbegin(), it));
    const std::optional<InterviewQuestion> stored = m_repo.find(id);
    if (!stored || stored->interviewId != m_interviewId || stored->position != it->position) {
        sync();
        return;
    }
    if (stored->sameContent(*it))
        return;
    m_rows[row] = *stored;
    m_cautions.remove(id);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void InterviewQuestionModel::bankQuestionChanged(qint64 questionId)
{
    m_bankNotes.remove(questionId);
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).questionId != questionId)
            continue;
        m_cautions.remove(m_rows.at(row).id);
        // Deleting a bank question unlinks the rows that came from it.
        if (const std::optional<InterviewQuestion> stored = m_repo.find(m_rows.at(row).id))
            m_rows[row] = *stored;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

bool InterviewQuestionModel::reorder(const QList<qint64> &ids, int row, const QString &text)
{
    QList<qint64> before;
    QList<qint64> moving;
    QList<qint64> staying;
    int insertAt = 0;
    for (int r = 0; r < m_rows.size(); ++r) {
        const qint64 id = m_rows.at(r).id;
        before << id;
        if (ids.contains(id)) {
            moving << id;
        } else {
            staying << id;
            if (r < row)
                ++insertAt;
        }
    }
    if (moving.isEmpty())
        return false;
    QList<qint64> after = staying.mid(0, insertAt);
    after << moving << staying.mid(insertAt);
    if (after == before)
        return false;
    return push(new ReorderInterviewQuestionsCommand(m_repo, m_interviewId, before, after, text));
}

bool InterviewQuestionModel::insertItems(int row, QList<InterviewQuestion> items, const QString &text)
{
    if (m_interviewId <= 0 || items.isEmpty())
        return false;
    if (row < 0 || row > m_rows.size())
        row = int(m_rows.size());
    for (InterviewQuestion &item : items)
        item.interviewId = m_interviewId;
    return push(new InsertInterviewQuestionsCommand(m_repo, m_interviewId, row, items, text));
}

bool InterviewQuestionModel::edit(int row, const InterviewQuestion &after, const QString &text)
{
    const InterviewQuestion &before = m_rows.at(row);
    if (after.sameContent(before))
        return true;
    return push(new EditInterviewQuestionCommand(m_repo, before, after, text));
}

bool InterviewQuestionModel::push(QUndoCommand *command)
{
    const int changesBefore = m_changes;
    m_undoStack.push(command);
    return m_changes != changesBefore;
}

int InterviewQuestionModel::dropRow(int row, const QModelIndex &parent) const
{
    if (parent.isValid())
        return parent.row();
    if (row < 0 || row > m_rows.size())
        return int(m_rows.size());
    return row;
}

QString InterviewQuestionModel::caution(const InterviewQuestion &question) const
{
    const auto cached = m_cautions.constFind(question.id);
    if (cached != m_cautions.cend())
        return *cached;
    QString reason = question.questionId > 0 ? bankNote(question.questionId).caution : QString();
    if (reason.isEmpty())
        reason = questionCaution(question.text).reason;
    m_cautions.insert(question.id, reason);
    return reason;
}

InterviewQuestionModel::BankNote InterviewQuestionModel::bankNote(qint64 questionId) const
{
    const auto cached = m_bankNotes.constFind(questionId);
    if (cached != m_bankNotes.cend())
        return *cached;
    BankNote note;
    if (const std::optional<Question> question = m_bank.find(questionId)) {
        note.caution = question->caution;
        note.builtinKey = question->builtinKey;
    }
    m_bankNotes.insert(questionId, note);
    return note;
}

} // namespace Inroad

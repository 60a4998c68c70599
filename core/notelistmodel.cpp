#include "notelistmodel.h"

#include "workspace.h"

#include <QLocale>
#include <QRegularExpression>

namespace Inroad {

NoteListModel::NoteListModel(Workspace &workspace, QObject *parent)
    : PagedRecordModel<Note>(parent)
    , m_notes(workspace.notes())
{
    connect(&m_notes, &NoteRepository::added, this, [this](qint64 id) { recordAdded(id); });
    connect(&m_notes, &NoteRepository::changed, this, [this](qint64 id) { recordChanged(id); });
    connect(&m_notes, &NoteRepository::removed, this, [this](qint64 id) { recordRemoved(id); });
    connect(&m_notes, &NoteRepository::reloaded, this, [this] { reload(); });
    // A note shows the name of what it is about; deleting a person deletes their notes.
    const auto namesChanged = [this] { refreshLoaded(true); };
    connect(&workspace.people(), &PersonRepository::changed, this, namesChanged);
    connect(&workspace.people(), &PersonRepository::removed, this, namesChanged);
    connect(&workspace.organizations(), &OrganizationRepository::changed, this, namesChanged);
    connect(&workspace.organizations(), &OrganizationRepository::removed, this, namesChanged);
    connect(&workspace.interviews(), &InterviewRepository::removed, this, namesChanged);
    reload();
}

int NoteListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString NoteListModel::displayTitle(const Note &note)
{
    const QString title = note.title.simplified();
    if (!title.isEmpty())
        return title;
    // The first line with words in it, without its Markdown marks.
    static const QRegularExpression marks(QStringLiteral(R"(^\s*(#{1,6}\s+|[-*+]\s+(\[[ xX]\]\s+)?|\d+[.)]\s+|>\s*))"));
    const QStringList lines = note.body.split(QLatin1Char('\n'));
    for (QString line : lines) {
        line.remove(marks);
        line.remove(QLatin1Char('*'));
        line = line.simplified();
        if (!line.isEmpty())
            return line;
    }
    return tr("(empty note)");
}

QVariant NoteListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Note &n = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn: return QLocale().toString(n.notedOn, QLocale::ShortFormat);
        case SubjectColumn: return n.subjectName;
        case TitleColumn: return displayTitle(n);
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn)
            return n.body.left(400);
        return {};
    case IdRole:
        return n.id;
    case NoteRole:
        return QVariant::fromValue(n);
    default:
        return {};
    }
}

QVariant NoteListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn: return tr("Date");
    case SubjectColumn: return tr("About");
    case TitleColumn: return tr("Note");
    default: return {};
    }
}

void NoteListModel::setFilterText(const QString &text)
{
    const QString simplified = text.simplified();
    if (simplified == m_query.text)
        return;
    m_query.text = simplified;
    reload();
}

void NoteListModel::setSubjectFilter(std::optional<NoteSubject> subject)
{
    if (subject == m_query.subject)
        return;
    m_query.subject = subject;
    reload();
}

QList<Note> NoteListModel::fetchRows(int offset, int limit) const
{
    return m_notes.page(m_query, offset, limit);
}

std::optional<Note> NoteListModel::fetchOne(qint64 id) const
{
    return m_notes.find(id);
}

int NoteListModel::fetchCount() const
{
    return m_notes.count(m_query);
}

int NoteListModel::fetchPosition(qint64 id) const
{
    return m_notes.positionOf(id, m_query);
}

} // namespace Inroad

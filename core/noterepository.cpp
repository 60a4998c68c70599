#include "noterepository.h"

#include "database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Inroad {

namespace {

// The notes with the name of what each is about, as one relation that the filters can use.
const QLatin1String kFrom(
    " FROM (SELECT n.id, n.person_id, n.organization_id, n.field_id, n.interview_id, n.title, n.body, n.noted_on, "
    "n.created_at, n.updated_at, "
    "CASE WHEN n.person_id IS NOT NULL THEN "
    "  (SELECT trim(p.first_name || ' ' || p.last_name) FROM people p WHERE p.id = n.person_id) "
    "WHEN n.organization_id IS NOT NULL THEN (SELECT o.name FROM organizations o WHERE o.id = n.organization_id) "
    "WHEN n.field_id IS NOT NULL THEN (SELECT f.name FROM career_fields f WHERE f.id = n.field_id) "
    "ELSE (SELECT trim(p.first_name || ' ' || p.last_name) FROM interviews i JOIN people p ON p.id = i.person_id "
    "      WHERE i.id = n.interview_id) END AS subject_name "
    "FROM notes n) n");

const QLatin1String kSelect("SELECT n.id, n.person_id, n.organization_id, n.field_id, n.interview_id, n.title, "
                            "n.body, n.noted_on, n.created_at, n.updated_at, COALESCE(n.subject_name, '')");

const QLatin1String kNewestFirst(" ORDER BY n.noted_on DESC, n.created_at DESC, n.id DESC");

Note readNote(const QSqlQuery &q)
{
    Note n;
    n.id = q.value(0).toLongLong();
    n.personId = q.value(1).toLongLong();
    n.organizationId = q.value(2).toLongLong();
    n.fieldId = q.value(3).toLongLong();
    n.interviewId = q.value(4).toLongLong();
    n.title = q.value(5).toString();
    n.body = q.value(6).toString();
    n.notedOn = dayFromSql(q.value(7));
    n.createdAt = instantFromSql(q.value(8));
    n.updatedAt = instantFromSql(q.value(9));
    const QString name = q.value(10).toString();
    n.subjectName =
        n.interviewId > 0 ? QCoreApplication::translate("Inroad::NoteRepository", "Interview with %1").arg(name) : name;
    return n;
}

void bindSubjects(QSqlQuery &q, const Note &n)
{
    q.addBindValue(sqlId(n.personId));
    q.addBindValue(sqlId(n.organizationId));
    q.addBindValue(sqlId(n.fieldId));
    q.addBindValue(sqlId(n.interviewId));
}

const char *subjectColumn(NoteSubject subject)
{
    switch (subject) {
    case NoteSubject::Person: return "person_id";
    case NoteSubject::Organization: return "organization_id";
    case NoteSubject::Field: return "field_id";
    case NoteSubject::Interview: return "interview_id";
    }
    return "person_id";
}

struct Filter
{
    QString where;
    QVariantList values;
};

Filter filterFor(const NoteQuery &query)
{
    Filter f;
    QStringList parts;
    if (query.subject)
        parts << QStringLiteral("n.%1 IS NOT NULL").arg(QLatin1String(subjectColumn(*query.subject)));
    const QStringList words = query.text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        parts << QStringLiteral("(n.title LIKE ? ESCAPE '\\' OR n.body LIKE ? ESCAPE '\\' "
                                "OR n.subject_name LIKE ? ESCAPE '\\')");
        for (int i = 0; i < 3; ++i)
            f.values << likePattern(word);
    }
    if (!parts.isEmpty())
        f.where = QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    return f;
}

} // namespace

NoteRepository::NoteRepository(Database &db, QObject *parent)
    : Repository(db, QStringLiteral("notes"), parent)
{
}

QString NoteRepository::problem(const Note &note)
{
    if (note.subjectCount() != 1)
        return tr("A note belongs to exactly one person, organization, career field or interview.");
    return {};
}

std::optional<Note> NoteRepository::find(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + kFrom + QStringLiteral(" WHERE n.id = ?"));
    q.addBindValue(id);
    return readOne(q, readNote);
}

QList<Note> NoteRepository::forPerson(qint64 personId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + kFrom + QStringLiteral(" WHERE n.person_id = ?") + kNewestFirst);
    q.addBindValue(personId);
    return readAll(q, readNote);
}

QList<Note> NoteRepository::forOrganization(qint64 organizationId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + kFrom + QStringLiteral(" WHERE n.organization_id = ?") + kNewestFirst);
    q.addBindValue(organizationId);
    return readAll(q, readNote);
}

QList<Note> NoteRepository::forField(qint64 fieldId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + kFrom + QStringLiteral(" WHERE n.field_id = ?") + kNewestFirst);
    q.addBindValue(fieldId);
    return readAll(q, readNote);
}

QList<Note> NoteRepository::forInterview(qint64 interviewId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + kFrom + QStringLiteral(" WHERE n.interview_id = ?") + kNewestFirst);
    q.addBindValue(interviewId);
    return readAll(q, readNote);
}

QList<Note> NoteRepository::page(const NoteQuery &query, int offset, int limit) const
{
    const Filter f = filterFor(query);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(kSelect + kFrom + f.where + kNewestFirst + QStringLiteral(" LIMIT ? OFFSET ?"));
    for (const QVariant &value : f.values)
        q.addBindValue(value);
    q.addBindValue(limit);
    q.addBindValue(offset);
    return readAll(q, readNote);
}

int NoteRepository::count(const NoteQuery &query) const
{
    const Filter f = filterFor(query);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*)") + kFrom + f.where);
    for (const QVariant &value : f.values)
        q.addBindValue(value);
    if (q.exec() && q.next())
        return q.value(0).toInt();
    return 0;
}

int NoteRepository::positionOf(qint64 id, const NoteQuery &query) const
{
    const Filter f = filterFor(query);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT position FROM (SELECT n.id AS id, row_number() OVER (")
              + QString(kNewestFirst).trimmed() + QStringLiteral(") - 1 AS position") + kFrom + f.where
              + QStringLiteral(") WHERE id = ?"));
    for (const QVariant &value : f.values)
        q.addBindValue(value);
    q.addBindValue(id);
    if (q.exec() && q.next())
        return q.value(0).toInt();
    return -1;
}

bool NoteRepository::add(Note &note)
{
    if (const QString why = problem(note); !why.isEmpty())
        return fail(why);
    const QDate notedOn = note.notedOn.isValid() ? note.notedOn : QDate::currentDate();
    const QString now = sqlNow();
    const qint64 id = insertRow(QStringLiteral("INSERT INTO notes (person_id, organization_id, field_id, interview_id, "
                                               "title, body, noted_on, created_at, updated_at, id) "
                                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                [&](QSqlQuery &q) {
                                    bindSubjects(q, note);
                                    q.addBindValue(sqlText(note.title));
                                    q.addBindValue(sqlText(note.body));
                                    q.addBindValue(sqlDay(notedOn));
                                    q.addBindValue(now);
                                    q.addBindValue(now);
                                    q.addBindValue(sqlId(note.id));
                                });
    if (id == 0)
        return false;
    note.id = id;
    note.notedOn = notedOn;
    note.createdAt = note.updatedAt = instantFromSql(now);
    return true;
}

bool NoteRepository::update(const Note &note)
{
    if (const QString why = problem(note); !why.isEmpty())
        return fail(why);
    return updateRow(
        QStringLiteral("UPDATE notes SET person_id = ?, organization_id = ?, field_id = ?, interview_id = ?, "
                       "title = ?, body = ?, noted_on = COALESCE(?, noted_on), updated_at = ? WHERE id = ?"),
        [&](QSqlQuery &q) {
            bindSubjects(q, note);
            q.addBindValue(sqlText(note.title));
            q.addBindValue(sqlText(note.body));
            q.addBindValue(sqlDay(note.notedOn));
            q.addBindValue(sqlNow());
        },
        note.id, tr("the note no longer exists"));
}

} // namespace Inroad

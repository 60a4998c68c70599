#include "mergepeople.h"

#include "contactkeys.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace Inroad {

namespace {

QString weeksText(int weeks)
{
    return MergePeopleCommand::tr("every %n week(s)", nullptr, weeks);
}

} // namespace

QString comparableValue(Person::Field field, const QString &value)
{
    switch (field) {
    case Person::Email: return ContactKeys::email(value);
    case Person::LinkedInUrl: return ContactKeys::linkedIn(value);
    default: return value.simplified().toCaseFolded();
    }
}

QString oneLine(const QString &text)
{
    QStringList parts;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            parts << line.trimmed();
    }
    return parts.join(QStringLiteral(", "));
}

MergeOutcome mergePeople(const Person &survivor, const QList<Person> &others)
{
    static const Person::Field kTextFields[] = {
        Person::FirstName, Person::LastName, Person::Pronunciation, Person::Salutation, Person::Title,
        Person::Email,     Person::Phone,    Person::LinkedInUrl,   Person::Address,    Person::Source,
    };

    MergeOutcome out;
    Person &merged = out.merged;
    merged = survivor;
    QStringList lines;
    // Per field, the values kept or already listed: each lost value is listed once.
    QHash<int, QSet<QString>> known;
    const auto lost = [&lines](Person::Field field, const QString &value, const Person &from) {
        lines << MergePeopleCommand::tr("- %1: %2 (from %3 #%4)")
                     .arg(Person::fieldLabel(field), oneLine(value), from.displayName(), QString::number(from.id));
    };

    for (const Person::Field field : kTextFields) {
        const QString kept = merged.value(field).toString();
        if (!kept.trimmed().isEmpty())
            known[field].insert(comparableValue(field, kept));
    }
    if (merged.organizationId > 0)
        known[Person::OrganizationId].insert(QString::number(merged.organizationId));
    if (merged.keepInTouchWeeks > 0)
        known[Person::KeepInTouchWeeks].insert(QString::number(merged.keepInTouchWeeks));

    for (const Person &other : others) {
        for (const Person::Field field : kTextFields) {
            const QString value = other.value(field).toString();
            if (value.trimmed().isEmpty())
                continue;
            const QString key = comparableValue(field, value);
            if (merged.value(field).toString().trimmed().isEmpty())
                merged.setValue(field, value);
            else if (!known[field].contains(key))
                lost(field, value, other);
            known[field].insert(key);
        }

        if (other.organizationId > 0) {
            const QString key = QString::number(other.organizationId);
            if (merged.organizationId <= 0) {
                merged.organizationId = other.organizationId;
                merged.organizationName = other.organizationName;
            } else if (!known[Person::OrganizationId].contains(key)) {
                lost(Person::OrganizationId, other.organizationName.isEmpty() ? QLatin1Char('#') + key : other.organizationName,
                     other);
            }
            known[Person::OrganizationId].insert(key);
        }

        if (other.keepInTouchWeeks > 0) {
            const QString key = QString::number(other.keepInTouchWeeks);
            if (merged.keepInTouchWeeks <= 0)
                merged.keepInTouchWeeks = other.keepInTouchWeeks;
            else if (!known[Person::KeepInTouchWeeks].contains(key))
                lost(Person::KeepInTouchWeeks, weeksText(other.keepInTouchWeeks), other);
            known[Person::KeepInTouchWeeks].insert(key);
        }

        merged.tags = normalizedTags(merged.tags + other.tags);
        merged.relationshipStrength = qMax(merged.relationshipStrength, other.relationshipStrength);
        if (int(other.stage) > int(merged.stage)) {
            merged.stage = other.stage;
            merged.stageSetByHand = other.stageSetByHand;
        }
        merged.businessCardReceived = merged.businessCardReceived || other.businessCardReceived;
    }
    out.conflictNote = lines.join(QLatin1Char('\n'));
    return out;
}

namespace {

// A column that points at people(id).
struct PersonReference
{
    QString table;
    QString column;
    bool hasId = false; ///< rows have their own id; otherwise a link table like person_tags
};

// Read from the schema, so that a table added later is carried over too.
QList<PersonReference> referencesToPeople(const QSqlDatabase &db)
{
    QList<PersonReference> out;
    QSqlQuery tables(db);
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QSqlQuery fk(db);
        fk.exec(QStringLiteral("PRAGMA foreign_key_list(\"%1\")").arg(table));
        while (fk.next()) {
            if (fk.value(QStringLiteral("table")).toString().compare(QLatin1String("people"), Qt::CaseInsensitive) != 0)
                continue;
            out.append({table, fk.value(QStringLiteral("from")).toString(),
                        db.record(table).indexOf(QStringLiteral("id")) >= 0});
        }
    }
    return out;
}

// The repository whose lists show the rows of @p table, if any.
Repository *repositoryFor(Workspace &workspace, const QString &table)
{
    if (table == QLatin1String("interviews"))
        return &workspace.interviews();
    if (table == QLatin1String("referrals"))
        return &workspace.referrals();
    if (table == QLatin1String("outreach_attempts"))
        return &workspace.outreach();
    if (table == QLatin1String("follow_ups"))
        return &workspace.followUps();
    if (table == QLatin1String("notes"))
        return &workspace.notes();
    return nullptr;
}

// Emits @p signal of @p repository for @p id once the transaction commits.
void announce(Database &db, Repository *repository, void (Repository::*signal)(qint64), qint64 id)
{
    if (!repository)
        return;
    db.afterCommit([repository = QPointer<Repository>(repository), signal, id] {
        if (repository)
            (repository.data()->*signal)(id);
    });
}

QString idList(const QList<qint64> &ids)
{
    QStringList out;
    for (qint64 id : ids)
        out << QString::number(id);
    return out.join(QStringLiteral(", "));
}

} // namespace

MergePeopleCommand::MergePeopleCommand(Workspace &workspace, qint64 survivorId, QList<qint64> otherIds,
                                       QUndoCommand *parent)
    : QUndoCommand(tr("Merge %n people", nullptr, int(otherIds.size()) + 1), parent)
    , m_workspace(workspace)
    , m_survivorId(survivorId)
    , m_otherIds(std::move(otherIds))
{
}

void MergePeopleCommand::redo()
{
    if (!apply())
        setObsolete(true);
}

void MergePeopleCommand::undo()
{
    if (!revert())
        setObsolete(true);
}

bool MergePeopleCommand::failWith(const QString &message)
{
    m_error = message;
    emit m_workspace.database().writeFailed(
        QCoreApplication::translate("Inroad::Repository", "Your change could not be saved: %1").arg(message));
    return false;
}

bool MergePeopleCommand::apply()
{
    Database &db = m_workspace.database();
    PersonRepository &people = m_workspace.people();
    const QSqlDatabase connection = db.connection();
    m_moves.clear();
    m_links.clear();
    m_droppedReferrals.clear();
    m_removed.clear();
    m_error.clear();

    Transaction tx(db);
    if (!tx.isActive())
        return failWith(db.lastError());

    const std::optional<Person> survivor = people.find(m_survivorId);
    if (!survivor)
        return failWith(tr("the person to keep no longer exists"));
    QList<Person> others;
    for (qint64 id : std::as_const(m_otherIds)) {
        const std::optional<Person> other = people.find(id);
        if (!other || id == m_survivorId)
            return failWith(tr("one of the people to merge no longer exists"));
        others.append(*other);
    }
    if (others.isEmpty())
        return failWith(tr("there is no one to merge"));
    const MergeOutcome outcome = mergePeople(*survivor, others);

    QSqlQuery q(connection);
    q.prepare(QStringLiteral("SELECT * FROM people WHERE id = ?"));
    q.addBindValue(m_survivorId);
    if (!q.exec() || !q.next())
        return failWith(q.lastError().text());
    m_survivorRow = q.record();

    const QString otherList = idList(m_otherIds);
    const auto run = [&q](const QString &sql, const QVariantList &values = {}) {
        q.prepare(sql);
        for (const QVariant &value : values)
            q.addBindValue(value);
        return q.exec();
    };

    for (const PersonReference &ref : referencesToPeople(connection)) {
        if (ref.table == QLatin1String("referrals"))
            continue; // below: both of its columns at once
        if (ref.hasId) {
            if (!run(QStringLiteral("SELECT id, \"%2\" FROM \"%1\" WHERE \"%2\" IN (%3) ORDER BY id")
                         .arg(ref.table, ref.column, otherList)))
                return failWith(q.lastError().text());
            QList<Move> moves;
            while (q.next())
                moves.append({ref.table, ref.column, q.value(0).toLongLong(), q.value(1).toLongLong()});
            for (const Move &move : std::as_const(moves)) {
                if (!run(QStringLiteral("UPDATE \"%1\" SET \"%2\" = ? WHERE id = ?").arg(ref.table, ref.column),
                         {m_survivorId, move.rowId}))
                    return failWith(q.lastError().text());
                m_moves.append(move);
            }
        } else {
            LinkRows links{ref.table, ref.column, {}};
            if (!run(QStringLiteral("SELECT * FROM \"%1\" WHERE \"%2\" = ?").arg(ref.table, ref.column), {m_survivorId}))
                return failWith(q.lastError().text());
            while (q.next())
                links.rows.append(q.record());
            QStringList columns, values;
            const QSqlRecord shape = connection.record(ref.table);
            for (int i = 0; i < shape.count(); ++i) {
                const QString column = QLatin1Char('"') + shape.fieldName(i) + QLatin1Char('"');
                columns << column;
                values << (shape.fieldName(i) == ref.column ? QString::number(m_survivorId) : column);
            }
            // The union: what the survivor already has is kept once.
            if (!run(QStringLiteral("INSERT OR IGNORE INTO \"%1\" (%2) SELECT %3 FROM \"%1\" WHERE \"%4\" IN (%5)")
                         .arg(ref.table, columns.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")),
                              ref.column, otherList)))
                return failWith(q.lastError().text());
            m_links.append(links);
        }
    }

    // Referrals: the survivor's own come first; one that would then refer to the survivor from the
    // survivor, or repeat a pair already there, is left on the other person and goes with them.
    const QString everyone = idList(QList<qint64>{m_survivorId} + m_otherIds);
    if (!run(QStringLiteral("SELECT id, COALESCE(referrer_id, 0), referred_id FROM referrals "
                            "WHERE referrer_id IN (%1) OR referred_id IN (%1) ORDER BY id")
                 .arg(everyone)))
        return failWith(q.lastError().text());
    struct Edge { qint64 id, referrer, referred; };
    QList<Edge> edges;
    while (q.next())
        edges.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()});
    const QSet<qint64> otherSet(m_otherIds.cbegin(), m_otherIds.cend());
    QSet<QPair<qint64, qint64>> pairs;
    for (const Edge &edge : std::as_const(edges)) {
        if (!otherSet.contains(edge.referrer) && !otherSet.contains(edge.referred))
            pairs.insert({edge.referrer, edge.referred});
    }
    for (const Edge &edge : std::as_const(edges)) {
        const bool referrerMoves = otherSet.contains(edge.referrer);
        const bool referredMoves = otherSet.contains(edge.referred);
        if (!referrerMoves && !referredMoves)
            continue;
        const QPair<qint64, qint64> pair{referrerMoves ? m_survivorId : edge.referrer,
                                         referredMoves ? m_survivorId : edge.referred};
        if (pair.first == pair.second || pairs.contains(pair)) {
            m_droppedReferrals.append(edge.id);
            continue;
        }
        pairs.insert(pair);
        // Only one side can move: both moving would make it self-referencing.
        const Move move{QStringLiteral("referrals"), referrerMoves ? QStringLiteral("referrer_id") : QStringLiteral("referred_id"),
                        edge.id, referrerMoves ? edge.referrer : edge.referred};
        if (!run(QStringLiteral("UPDATE referrals SET %1 = ? WHERE id = ?").arg(move.column), {m_survivorId, move.rowId}))
            return failWith(q.lastError().text());
        m_moves.append(move);
    }

    Person merged = outcome.merged;
    merged.id = m_survivorId;
    if (!people.update(merged)) {
        m_error = people.lastError();
        return false;
    }
    // The same stamp on every redo, so that redo after undo writes exactly the same rows.
    if (m_stamp.isEmpty())
        m_stamp = sqlNow();
    if (!run(QStringLiteral("UPDATE people SET updated_at = ? WHERE id = ?"), {m_stamp, m_survivorId}))
        return failWith(q.lastError().text());

    if (!outcome.conflictNote.isEmpty()) {
        Note note;
        note.id = m_noteId;
        note.personId = m_survivorId;
        note.title = tr("Merged duplicates");
        note.body = tr("These values of the merged duplicates differed and were not kept:") + QStringLiteral("\n\n")
                + outcome.conflictNote + QLatin1Char('\n');
        note.notedOn = m_notedOn;
        if (!m_workspace.notes().add(note)) {
            m_error = m_workspace.notes().lastError();
            return false;
        }
        m_noteId = note.id;
        m_notedOn = note.notedOn;
        if (!run(QStringLiteral("UPDATE notes SET created_at = ?, updated_at = ? WHERE id = ?"), {m_stamp, m_stamp, m_noteId}))
            return failWith(q.lastError().text());
    } else {
        m_noteId = 0;
    }

    for (qint64 id : std::as_const(m_otherIds)) {
        std::optional<RowSnapshot> snapshot = people.remove(id);
        if (!snapshot) {
            m_error = people.lastError();
            return false;
        }
        m_removed.append(*snapshot);
    }

    for (const Move &move : std::as_const(m_moves))
        announce(db, repositoryFor(m_workspace, move.table), &Repository::changed, move.rowId);
    for (qint64 id : std::as_const(m_droppedReferrals))
        announce(db, &m_workspace.referrals(), &Repository::removed, id);
    if (!tx.commit()) {
        m_error = db.lastError();
        return false;
    }
    return true;
}

bool MergePeopleCommand::revert()
{
    Database &db = m_workspace.database();
    PersonRepository &people = m_workspace.people();
    const QSqlDatabase connection = db.connection();
    m_error.clear();

    Transaction tx(db);
    if (!tx.isActive())
        return failWith(db.lastError());

    if (m_noteId > 0 && !m_workspace.notes().remove(m_noteId)) {
        m_error = m_workspace.notes().lastError();
        return false;
    }
    for (auto it = m_removed.crbegin(); it != m_removed.crend(); ++it) {
        if (!people.restore(*it)) {
            m_error = people.lastError();
            return false;
        }
    }

    QSqlQuery q(connection);
    for (auto it = m_moves.crbegin(); it != m_moves.crend(); ++it) {
        q.prepare(QStringLiteral("UPDATE \"%1\" SET \"%2\" = ? WHERE id = ?").arg(it->table, it->column));
        q.addBindValue(it->oldPersonId);
        q.addBindValue(it->rowId);
        if (!q.exec())
            return failWith(q.lastError().text());
        announce(db, repositoryFor(m_workspace, it->table), &Repository::changed, it->rowId);
    }
    for (qint64 id : std::as_const(m_droppedReferrals))
        announce(db, &m_workspace.referrals(), &Repository::added, id);

    for (const LinkRows &links : std::as_const(m_links)) {
        q.prepare(QStringLiteral("DELETE FROM \"%1\" WHERE \"%2\" = ?").arg(links.table, links.column));
        q.addBindValue(m_survivorId);
        if (!q.exec())
            return failWith(q.lastError().text());
        for (const QSqlRecord &row : links.rows) {
            QStringList columns, marks;
            for (int i = 0; i < row.count(); ++i) {
                columns << QLatin1Char('"') + row.fieldName(i) + QLatin1Char('"');
                marks << QStringLiteral("?");
            }
            q.prepare(QStringLiteral("INSERT INTO \"%1\" (%2) VALUES (%3)")
                          .arg(links.table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
            for (int i = 0; i < row.count(); ++i)
                q.addBindValue(row.value(i));
            if (!q.exec())
                return failWith(q.lastError().text());
        }
    }

    // The survivor's row exactly as it was, timestamps included.
    QStringList assignments;
    for (int i = 0; i < m_survivorRow.count(); ++i) {
        if (m_survivorRow.fieldName(i) != QLatin1String("id"))
            assignments << QLatin1Char('"') + m_survivorRow.fieldName(i) + QStringLiteral("\" = ?");
    }
    q.prepare(QStringLiteral("UPDATE people SET %1 WHERE id = ?").arg(assignments.join(QStringLiteral(", "))));
    for (int i = 0; i < m_survivorRow.count(); ++i) {
        if (m_survivorRow.fieldName(i) != QLatin1String("id"))
            q.addBindValue(m_survivorRow.value(i));
    }
    q.addBindValue(m_survivorId);
    if (!q.exec())
        return failWith(q.lastError().text());
    announce(db, &people, &Repository::changed, m_survivorId);

    if (!tx.commit()) {
        m_error = db.lastError();
        return false;
    }
    return true;
}

} // namespace Inroad

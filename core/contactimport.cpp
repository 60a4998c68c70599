#include "contactimport.h"

#include "contactkeys.h"
#include "database.h"
#include "repository.h"
#include "searchindex.h"
#include "validation.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <map>
#include <memory>

namespace Inroad {

namespace {

QString t(const char *text)
{
    return QCoreApplication::translate("Inroad::ContactImport", text);
}

/// Longest name, title or organization an import accepts; longer ones are a rejection, not data.
constexpr int kMaxNameLength = 300;
/// How many rows are written between two progress reports.
constexpr int kProgressStep = 500;
/// How many people (and organizations) one statement writes while the search index is kept up to
/// date: every statement costs the index a flush, so a row per statement would be slow, and
/// larger statements cost Qt's binding more than they save (2,000 rows took 10× longer than 250).
/// 50 rows of 10 values stay below SQLite's oldest limit of 999 parameters. With the index
/// suspended, a statement per row is the fastest (0.65 s for 100,000 people against 1.0 s in
/// statements of 20 or 100 rows). Divides kProgressStep.
constexpr int kBatchSize = 50;

QString organizationKey(const QString &name)
{
    return name.simplified().toCaseFolded();
}

/// The people already in the workspace, by each key they can be matched on.
struct ExistingPeople
{
    QHash<QString, qint64> byEmail;
    QHash<QString, qint64> byLinkedIn;
    QHash<QString, qint64> byName;
    QHash<qint64, QString> linkedInOf; ///< person → LinkedIn key, for those who have one
    QHash<QString, QString> organizations; ///< organizationKey → stored name
};

ExistingPeople readExisting(const Database &db)
{
    ExistingPeople existing;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT p.id, p.first_name, p.last_name, p.email, p.linkedin_url, COALESCE(o.name, '') "
                              "FROM people p LEFT JOIN organizations o ON o.id = p.organization_id ORDER BY p.id"))) {
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            if (const QString key = ContactKeys::email(q.value(3).toString()); !key.isEmpty())
                existing.byEmail.insert(key, id);
            if (const QString key = ContactKeys::linkedIn(q.value(4).toString()); !key.isEmpty()) {
                existing.byLinkedIn.insert(key, id);
                existing.linkedInOf.insert(id, key);
            }
            if (const QString key = ContactKeys::nameAndOrganization(q.value(1).toString(), q.value(2).toString(),
                                                                     q.value(5).toString());
                !key.isEmpty())
                existing.byName.insert(key, id);
        }
    }
    if (q.exec(QStringLiteral("SELECT name FROM organizations"))) {
        while (q.next()) {
            const QString name = q.value(0).toString();
            existing.organizations.insert(organizationKey(name), name);
        }
    }
    return existing;
}

/// Reads one person with the organization's name; the repository's find() needs a non-const db.
std::optional<Person> readPerson(const Database &db, qint64 id, QString *updatedAt = nullptr)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT p.first_name, p.last_name, p.title, p.email, p.phone, p.linkedin_url, p.address, "
                             "p.source, COALESCE(o.name, ''), p.organization_id, p.updated_at FROM people p "
                             "LEFT JOIN organizations o ON o.id = p.organization_id WHERE p.id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Person p;
    p.id = id;
    p.firstName = q.value(0).toString();
    p.lastName = q.value(1).toString();
    p.title = q.value(2).toString();
    p.email = q.value(3).toString();
    p.phone = q.value(4).toString();
    p.linkedInUrl = q.value(5).toString();
    p.address = q.value(6).toString();
    p.source = q.value(7).toString();
    p.organizationName = q.value(8).toString();
    p.organizationId = q.value(9).toLongLong();
    if (updatedAt)
        *updatedAt = q.value(10).toString();
    QSqlQuery tags(db.connection());
    tags.prepare(QStringLiteral("SELECT t.name FROM person_tags pt JOIN tags t ON t.id = pt.tag_id WHERE pt.person_id = ?"));
    tags.addBindValue(id);
    if (tags.exec()) {
        while (tags.next())
            p.tags << tags.value(0).toString();
    }
    p.tags = normalizedTags(p.tags);
    return p;
}

QString phoneText(const ContactRecord &record, int i)
{
    const QString label = record.phoneLabels.value(i).trimmed();
    return label.isEmpty() ? record.phones.at(i) : t("%1 (%2)").arg(record.phones.at(i), label);
}

/// The values of @p record that the person's fields cannot hold, as Markdown list lines.
QStringList extraValues(const ContactRecord &record, int firstEmail, int firstPhone)
{
    QStringList lines;
    for (int i = firstEmail; i < record.emails.size(); ++i)
        lines << t("- E-mail: %1").arg(record.emails.at(i));
    for (int i = firstPhone; i < record.phones.size(); ++i)
        lines << t("- Phone: %1").arg(phoneText(record, i));
    for (const QString &site : record.websites)
        lines << t("- Website: %1").arg(site);
    return lines;
}

QString composeNote(const QStringList &lines, const QString &fileNote)
{
    QString note = lines.join(QLatin1Char('\n'));
    if (!fileNote.trimmed().isEmpty()) {
        if (!note.isEmpty())
            note += QLatin1String("\n\n");
        note += fileNote.trimmed();
    }
    return note;
}

/// Why @p record cannot become a person, or empty.
QString rejectionOf(const ContactRecord &record, const Person &person)
{
    if (!record.hasName()) {
        if (!record.emails.isEmpty())
            return t("No name, only the e-mail address %1; a person needs a first or last name.").arg(record.emails.first());
        return t("No name; a person needs a first or last name.");
    }
    for (const QString *text : {&record.firstName, &record.lastName, &record.organization, &record.title}) {
        if (text->size() > kMaxNameLength)
            return t("A name, title or organization of %1 characters is longer than %2; the row looks damaged.")
                .arg(text->size())
                .arg(kMaxNameLength);
    }
    for (const QString &email : record.emails) {
        if (!isValidEmail(email))
            return t("“%1” is not an e-mail address.").arg(email.left(80));
    }
    const QList<ValidationProblem> problems = validate(person);
    if (!problems.isEmpty())
        return problems.first().message;
    return {};
}

/// Fills the empty fields of @p person from @p record; what differs goes to @p lines. Returns the
/// names of the fields it filled.
QStringList fillBlanks(Person &person, QString &organization, const ContactRecord &record, QStringList &lines)
{
    QStringList filled;
    const auto fill = [&](QString &field, const QString &value, const QString &label) {
        if (value.isEmpty())
            return;
        if (field.isEmpty()) {
            field = value;
            filled << label;
        } else if (field.compare(value, Qt::CaseInsensitive) != 0) {
            lines << t("- %1: %2").arg(label, value);
        }
    };
    fill(person.title, record.title, t("Title"));
    if (organization.isEmpty() && !record.organization.isEmpty()) {
        organization = record.organization;
        filled << t("Organization");
    } else if (!record.organization.isEmpty()
               && ContactKeys::foldedName(organization) != ContactKeys::foldedName(record.organization)) {
        lines << t("- Organization: %1").arg(record.organization);
    }
    int firstEmail = 0;
    if (!record.emails.isEmpty()) {
        if (person.email.isEmpty()) {
            person.email = record.emails.first();
            filled << t("E-mail");
            firstEmail = 1;
        } else if (ContactKeys::email(person.email) == ContactKeys::email(record.emails.first())) {
            firstEmail = 1;
        }
    }
    int firstPhone = 0;
    if (!record.phones.isEmpty()) {
        if (person.phone.isEmpty()) {
            person.phone = record.phones.first();
            filled << t("Phone");
            firstPhone = 1;
        } else if (person.phone == record.phones.first()) {
            firstPhone = 1;
        }
    }
    if (!record.linkedInUrl.isEmpty() && ContactKeys::linkedIn(person.linkedInUrl) != ContactKeys::linkedIn(record.linkedInUrl))
        fill(person.linkedInUrl, record.linkedInUrl, t("LinkedIn"));
    fill(person.address, record.address, t("Address"));
    if (person.source.isEmpty() && !record.source.isEmpty()) {
        person.source = record.source;
        filled << t("Source");
    }
    for (int i = firstEmail; i < record.emails.size(); ++i) {
        if (ContactKeys::email(record.emails.at(i)) != ContactKeys::email(person.email))
            lines << t("- E-mail: %1").arg(record.emails.at(i));
    }
    for (int i = firstPhone; i < record.phones.size(); ++i) {
        if (record.phones.at(i) != person.phone)
            lines << t("- Phone: %1").arg(phoneText(record, i));
    }
    for (const QString &site : record.websites)
        lines << t("- Website: %1").arg(site);
    const QStringList tags = normalizedTags(person.tags + record.tags);
    if (tags.size() != person.tags.size()) {
        person.tags = tags;
        filled << t("Tags");
    }
    return filled;
}

/// Which earlier item or stored person a record matches, and on what.
struct Match
{
    qint64 personId = 0;
    int item = -1;
    QString how;
};

} // namespace

QString importActionName(ImportAction action)
{
    switch (action) {
    case ImportAction::Create: return t("New");
    case ImportAction::Update: return t("Update");
    case ImportAction::Duplicate: return t("Duplicate");
    case ImportAction::Reject: return t("Rejected");
    }
    return {};
}

int ImportPlan::count(ImportAction action) const
{
    return int(std::count_if(items.cbegin(), items.cend(), [action](const ImportItem &i) { return i.action == action; }));
}

ImportPlan planContactImport(const Database &db, const ContactSource &source, const QString &fileName)
{
    ImportPlan plan;
    plan.fileName = QFileInfo(fileName).fileName();
    plan.description = source.description;
    const ExistingPeople existing = readExisting(db);
    // Keys of this file's contacts seen so far → the item they went to.
    QHash<QString, int> fileByEmail;
    QHash<QString, int> fileByLinkedIn;
    QHash<QString, int> fileByName;
    QHash<int, QString> fileLinkedInOf; // item → LinkedIn key
    fileByLinkedIn.reserve(source.records.size());
    fileByName.reserve(source.records.size());
    fileLinkedInOf.reserve(source.records.size());
    QHash<QString, QString> newOrganizations; // key → name as first written

    // The keys of a record, worked out once: folding names is the costliest part of planning.
    struct Keys
    {
        QStringList emails;
        QString linkedIn;
        QString name;
    };
    ContactKeys::FoldedNames foldedOrganizations;
    const auto keysOf = [&foldedOrganizations](const ContactRecord &record) {
        Keys keys;
        for (const QString &email : record.emails)
            keys.emails << ContactKeys::email(email);
        keys.linkedIn = ContactKeys::linkedIn(record.linkedInUrl);
        keys.name =
            ContactKeys::nameAndOrganization(record.firstName, record.lastName, record.organization, foldedOrganizations);
        return keys;
    };
    const auto findMatch = [&](const ContactRecord &record, const Keys &keys) -> Match {
        for (qsizetype i = 0; i < keys.emails.size(); ++i) {
            const QString &key = keys.emails.at(i);
            const QString &email = record.emails.at(i);
            if (const auto it = existing.byEmail.constFind(key); it != existing.byEmail.constEnd())
                return {it.value(), -1, t("same e-mail address %1").arg(email)};
            if (const auto it = fileByEmail.constFind(key); it != fileByEmail.constEnd())
                return {0, it.value(), t("same e-mail address %1").arg(email)};
        }
        if (const QString &key = keys.linkedIn; !key.isEmpty()) {
            if (const auto it = existing.byLinkedIn.constFind(key); it != existing.byLinkedIn.constEnd())
                return {it.value(), -1, t("same LinkedIn profile")};
            if (const auto it = fileByLinkedIn.constFind(key); it != fileByLinkedIn.constEnd())
                return {0, it.value(), t("same LinkedIn profile")};
        }
        // Two different LinkedIn profiles are two people, however alike their names.
        const auto otherProfile = [&keys](const QString &theirs) {
            return !keys.linkedIn.isEmpty() && !theirs.isEmpty() && theirs != keys.linkedIn;
        };
        if (const QString &key = keys.name; !key.isEmpty()) {
            if (const auto it = existing.byName.constFind(key);
                it != existing.byName.constEnd() && !otherProfile(existing.linkedInOf.value(it.value())))
                return {it.value(), -1, t("same name and organization")};
            if (const auto it = fileByName.constFind(key);
                it != fileByName.constEnd() && !otherProfile(fileLinkedInOf.value(it.value())))
                return {0, it.value(), t("same name and organization")};
        }
        return {};
    };
    const auto remember = [&](const Keys &keys, int item) {
        for (const QString &key : keys.emails)
            fileByEmail.insert(key, item);
        if (!keys.linkedIn.isEmpty()) {
            fileByLinkedIn.insert(keys.linkedIn, item);
            fileLinkedInOf.insert(item, keys.linkedIn);
        }
        if (!keys.name.isEmpty())
            fileByName.insert(keys.name, item);
    };
    QHash<QString, QString> organizationKeys; // as written → organizationKey()
    const auto useOrganization = [&](const QString &name) -> QString {
        if (name.isEmpty())
            return {};
        auto known = organizationKeys.constFind(name);
        if (known == organizationKeys.constEnd())
            known = organizationKeys.insert(name, organizationKey(name));
        const QString &key = known.value();
        if (const auto it = existing.organizations.constFind(key); it != existing.organizations.constEnd())
            return it.value();
        if (const auto it = newOrganizations.constFind(key); it != newOrganizations.constEnd())
            return it.value();
        const QString simplified = name.simplified();
        newOrganizations.insert(key, simplified);
        plan.newOrganizations << simplified;
        return simplified;
    };

    // Rows the reader could not use come first in line order together with the contacts.
    QList<ImportItem> rejectedByReader;
    for (const ContactRejection &rejection : source.rejections) {
        ImportItem item;
        item.record.line = rejection.line;
        item.record.firstName = rejection.firstName;
        item.record.lastName = rejection.lastName;
        item.record.organization = rejection.organization;
        item.action = ImportAction::Reject;
        item.reason = rejection.reason;
        rejectedByReader << item;
    }

    plan.items.reserve(source.records.size() + rejectedByReader.size());
    qsizetype nextRejected = 0;
    for (const ContactRecord &read : source.records) {
        ImportItem item;
        item.record = read;
        ContactRecord &record = item.record;
        // Addresses as a reader or a caller may leave them: " ann@example.org", empty ones.
        if (std::any_of(record.emails.cbegin(), record.emails.cend(), [](const QString &email) {
                return email.isEmpty() || email.front().isSpace() || email.back().isSpace();
            })) {
            QStringList emails;
            for (const QString &email : std::as_const(record.emails)) {
                if (const QString trimmed = email.trimmed(); !trimmed.isEmpty())
                    emails << trimmed;
            }
            record.emails = emails;
        }
        record.linkedInUrl = record.linkedInUrl.trimmed();
        if (!record.linkedInUrl.isEmpty() && !record.linkedInUrl.contains(QLatin1String("://")))
            record.linkedInUrl.prepend(QLatin1String("https://"));
        while (nextRejected < rejectedByReader.size() && rejectedByReader.at(nextRejected).record.line < record.line)
            plan.items << rejectedByReader.at(nextRejected++);
        Person candidate;
        candidate.firstName = record.firstName;
        candidate.lastName = record.lastName;
        candidate.title = record.title;
        candidate.email = record.emails.value(0);
        candidate.phone = record.phones.value(0);
        candidate.linkedInUrl = record.linkedInUrl;
        candidate.address = record.address;
        candidate.source = record.source;
        candidate.tags = normalizedTags(record.tags);
        if (const QString reason = rejectionOf(record, candidate); !reason.isEmpty()) {
            item.action = ImportAction::Reject;
            item.reason = reason;
            plan.items << item;
            continue;
        }
        const Keys keys = keysOf(record);
        const Match match = findMatch(record, keys);
        if (match.item >= 0) {
            // The file names this person twice: the first item takes the second one's values.
            ImportItem &first = plan.items[match.item];
            QStringList lines;
            const QStringList filled = fillBlanks(first.person, first.organization, record, lines);
            if (!record.note.trimmed().isEmpty() && !first.note.contains(record.note.trimmed()))
                lines << record.note.trimmed();
            if (!lines.isEmpty())
                first.note = composeNote(first.note.isEmpty() ? lines : QStringList{first.note} + lines, {});
            if (first.action == ImportAction::Duplicate && (!filled.isEmpty() || !lines.isEmpty())) {
                first.action = ImportAction::Update;
                first.reason = t("adds %1").arg(filled.isEmpty() ? t("a note") : filled.join(QLatin1String(", ")));
            }
            first.organization = useOrganization(first.organization);
            remember(keys, match.item);
            item.action = ImportAction::Duplicate;
            item.sameAsItem = match.item;
            item.reason = t("Same person as line %1 (%2); its values were added there.").arg(first.record.line).arg(match.how);
            plan.items << item;
            continue;
        }
        if (match.personId > 0) {
            const std::optional<Person> stored = readPerson(db, match.personId);
            if (!stored) {
                item.action = ImportAction::Reject;
                item.reason = t("The matching person could not be read: %1").arg(db.lastError());
                plan.items << item;
                continue;
            }
            item.personId = match.personId;
            item.person = *stored;
            item.organization = stored->organizationName;
            QStringList lines;
            const QStringList filled = fillBlanks(item.person, item.organization, record, lines);
            if (!record.note.trimmed().isEmpty())
                lines << record.note.trimmed();
            item.note = composeNote(lines, {});
            if (filled.isEmpty() && item.note.isEmpty()) {
                item.action = ImportAction::Duplicate;
                item.reason = t("Already in the workspace as %1 (%2); nothing new.").arg(stored->displayName(), match.how);
            } else {
                item.action = ImportAction::Update;
                item.organization = useOrganization(item.organization);
                item.reason = t("Already in the workspace as %1 (%2); adds %3.")
                                  .arg(stored->displayName(), match.how,
                                       filled.isEmpty() ? t("a note") : filled.join(QLatin1String(", ")));
            }
            remember(keys, int(plan.items.size()));
            plan.items << item;
            continue;
        }
        item.action = ImportAction::Create;
        item.person = std::move(candidate);
        item.organization = useOrganization(record.organization);
        item.note = composeNote(extraValues(record, 1, 1), record.note);
        remember(keys, int(plan.items.size()));
        plan.items.append(std::move(item));
    }
    while (nextRejected < rejectedByReader.size())
        plan.items << rejectedByReader.at(nextRejected++);
    return plan;
}

namespace {

/// The statements an import writes with, prepared once.
class ImportWriter
{
public:
    ImportWriter(Database &db, const ImportOutcome *reuse)
        : m_db(db)
        , m_note(db.connection())
        , m_tag(db.connection())
        , m_tagId(db.connection())
        , m_personTag(db.connection())
        , m_now(reuse && !reuse->writtenAt.isEmpty() ? reuse->writtenAt : sqlNow())
        , m_today(reuse && !reuse->notedOn.isEmpty() ? reuse->notedOn : QDate::currentDate().toString(Qt::ISODate))
    {
        m_note.prepare(QStringLiteral("INSERT INTO notes (id, person_id, title, body, noted_on, created_at, updated_at) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?)"));
        m_tag.prepare(QStringLiteral("INSERT INTO tags (id, name) VALUES (?, ?) ON CONFLICT(name) DO NOTHING"));
        m_tagId.prepare(QStringLiteral("SELECT id FROM tags WHERE name = ?"));
        m_personTag.prepare(QStringLiteral("INSERT OR IGNORE INTO person_tags (person_id, tag_id) VALUES (?, ?)"));
        QSqlQuery q(db.connection());
        if (q.exec(QStringLiteral("SELECT id, name FROM organizations"))) {
            while (q.next())
                m_organizations.insert(organizationKey(q.value(1).toString()), q.value(0).toLongLong());
        }
        // New rows get the ids SQLite would give them (the largest so far plus one), chosen here so
        // that many rows can be written by one statement.
        if (q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM people")) && q.next())
            m_nextPerson = q.value(0).toLongLong() + 1;
        if (q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM organizations")) && q.next())
            m_nextOrganization = q.value(0).toLongLong() + 1;
    }

    /// The id of the organization called @p name; a new one gets its id now and its row is added
    /// to @p pending, written by flushOrganizations().
    qint64 organizationId(const QString &name, ImportOutcome &outcome, const ImportOutcome *reuse, QList<QVariantList> &pending)
    {
        if (name.isEmpty())
            return 0;
        // Most rows name an organization as an earlier row did, letter for letter.
        if (const auto it = m_organizationsAsWritten.constFind(name); it != m_organizationsAsWritten.constEnd())
            return it.value();
        const QString key = organizationKey(name);
        if (const auto it = m_organizations.constFind(key); it != m_organizations.constEnd()) {
            m_organizationsAsWritten.insert(name, it.value());
            return it.value();
        }
        const qsizetype index = outcome.createdOrganizations.size();
        const qint64 newId = reuse && index < reuse->createdOrganizations.size() ? reuse->createdOrganizations.at(index)
                                                                                 : m_nextOrganization++;
        pending.append(QVariantList{newId, name});
        outcome.createdOrganizations << newId;
        m_organizations.insert(key, newId);
        m_organizationsAsWritten.insert(name, newId);
        return newId;
    }

    /// The id a new person gets; its row goes to @p pending, written by flushPeople().
    qint64 personRow(const Person &p, qint64 organizationId, ImportOutcome &outcome, const ImportOutcome *reuse,
                     QList<QVariantList> &pending)
    {
        const qsizetype index = outcome.createdPeople.size();
        const qint64 newId = reuse && index < reuse->createdPeople.size() ? reuse->createdPeople.at(index) : m_nextPerson++;
        pending.append(QVariantList{newId, sqlText(p.firstName.trimmed()), sqlText(p.lastName.trimmed()), sqlText(p.title),
                                    organizationId > 0 ? QVariant(organizationId) : QVariant(QMetaType(QMetaType::LongLong)),
                                    sqlText(p.email.trimmed()), sqlText(p.phone), sqlText(p.linkedInUrl.trimmed()),
                                    sqlText(p.address), sqlText(p.source)});
        outcome.createdPeople << newId;
        return newId;
    }

    /// Writes @p rows into @p table with one statement per batch: each statement costs the search
    /// index a flush, so a row per statement would make a large import slow. On failure,
    /// @p failedRow is the first row the database refused.
    bool insertRows(const QString &table, const QString &columns, const QList<QVariantList> &rows, int *failedRow)
    {
        if (rows.isEmpty())
            return true;
        const int width = int(rows.first().size());
        if (!m_rowPerStatement) {
            QSqlQuery &q = batchQuery(table, columns, width, int(rows.size()));
            for (const QVariantList &row : rows) {
                for (const QVariant &value : row)
                    q.addBindValue(value);
            }
            if (q.exec())
                return true;
            m_error = q.lastError().text();
            // The failed statement changed nothing; the loop below finds the row.
        }
        QSqlQuery &single = batchQuery(table, columns, width, 1);
        for (int r = 0; r < rows.size(); ++r) {
            for (const QVariant &value : rows.at(r))
                single.addBindValue(value);
            if (!single.exec()) {
                *failedRow = r;
                m_error = single.lastError().text();
                return false;
            }
        }
        if (m_rowPerStatement)
            return true;
        *failedRow = 0; // the batch failed, yet each row alone was taken: report the batch's error
        return false;
    }

    /// With the search index suspended, every row gets a statement of its own (the fastest then).
    void setRowPerStatement(bool single) { m_rowPerStatement = single; }

    QString error() const { return m_error; }
    QString now() const { return m_now; }
    QString today() const { return m_today; }

    static QVariant id(const QList<qint64> *reuse, qsizetype index)
    {
        if (reuse && index < reuse->size())
            return reuse->at(index);
        return QVariant(QMetaType(QMetaType::LongLong));
    }

    bool addTags(qint64 personId, const QStringList &tags, ImportOutcome &outcome, const ImportOutcome *reuse)
    {
        for (const QString &tag : tags) {
            qint64 tagId = m_tags.value(tag.toCaseFolded());
            if (tagId == 0) {
                m_tagId.addBindValue(tag);
                if (!run(m_tagId))
                    return false;
                if (m_tagId.next()) {
                    tagId = m_tagId.value(0).toLongLong();
                } else {
                    m_tag.addBindValue(id(reuse ? &reuse->createdTags : nullptr, outcome.createdTags.size()));
                    m_tag.addBindValue(tag);
                    if (!run(m_tag))
                        return false;
                    tagId = m_tag.lastInsertId().toLongLong();
                    outcome.createdTags << tagId;
                }
                m_tagId.finish();
                m_tags.insert(tag.toCaseFolded(), tagId);
            }
            m_personTag.addBindValue(personId);
            m_personTag.addBindValue(tagId);
            if (!run(m_personTag))
                return false;
        }
        return true;
    }

    bool addNote(qint64 personId, const QString &title, const QString &body, ImportOutcome &outcome, const ImportOutcome *reuse)
    {
        m_note.addBindValue(id(reuse ? &reuse->createdNotes : nullptr, outcome.createdNotes.size()));
        m_note.addBindValue(personId);
        m_note.addBindValue(title);
        m_note.addBindValue(body);
        m_note.addBindValue(m_today);
        m_note.addBindValue(m_now);
        m_note.addBindValue(m_now);
        if (!run(m_note))
            return false;
        outcome.createdNotes << m_note.lastInsertId().toLongLong();
        return true;
    }

private:
    bool run(QSqlQuery &q)
    {
        if (q.exec())
            return true;
        m_error = q.lastError().text();
        return false;
    }

    QSqlQuery &batchQuery(const QString &table, const QString &columns, int width, int rows)
    {
        const QString key = table + QLatin1Char('/') + QString::number(rows);
        std::unique_ptr<QSqlQuery> &query = m_batches[key];
        if (!query) {
            // Both tables written here end their columns with created_at and updated_at, the same
            // for every row: written into the statement instead of bound, for binding costs more
            // than SQLite's work for a value.
            const QString now = QLatin1Char('\'') + QString(m_now).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
            const QString row = QStringLiteral("(?") + QStringLiteral(", ?").repeated(width - 1) + QStringLiteral(", ") + now
                                + QStringLiteral(", ") + now + QLatin1Char(')');
            const QStringList values(rows, row);
            query = std::make_unique<QSqlQuery>(m_db.connection());
            query->prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES %3").arg(table, columns, values.join(QStringLiteral(", "))));
        }
        return *query;
    }

    Database &m_db;
    bool m_rowPerStatement = false;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_batches;
    qint64 m_nextPerson = 1;
    qint64 m_nextOrganization = 1;
    QSqlQuery m_note;
    QSqlQuery m_tag;
    QSqlQuery m_tagId;
    QSqlQuery m_personTag;
    QString m_now;
    QString m_today;
    QString m_error;
    QHash<QString, qint64> m_organizations;      ///< organizationKey() → id
    QHash<QString, qint64> m_organizationsAsWritten; ///< the name as an item has it → id
    QHash<QString, qint64> m_tags;
};

bool deleteIds(Database &db, const QString &table, const QList<qint64> &ids, QString *error)
{
    // An import's new rows mostly have consecutive ids: a statement per run of them, not per row.
    QList<qint64> sorted = ids;
    std::sort(sorted.begin(), sorted.end());
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE id BETWEEN ? AND ?").arg(table));
    for (qsizetype i = 0; i < sorted.size();) {
        qsizetype j = i + 1;
        while (j < sorted.size() && sorted.at(j) == sorted.at(j - 1) + 1)
            ++j;
        q.addBindValue(sorted.at(i));
        q.addBindValue(sorted.at(j - 1));
        if (!q.exec()) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
        i = j;
    }
    return true;
}

bool writeUpdated(Database &db, const Person &p, qint64 organizationId, const QString &updatedAt, QString *error)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("UPDATE people SET title = ?, organization_id = ?, email = ?, phone = ?, linkedin_url = ?, "
                             "address = ?, source = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(sqlText(p.title));
    q.addBindValue(organizationId > 0 ? QVariant(organizationId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(sqlText(p.email));
    q.addBindValue(sqlText(p.phone));
    q.addBindValue(sqlText(p.linkedInUrl));
    q.addBindValue(sqlText(p.address));
    q.addBindValue(sqlText(p.source));
    q.addBindValue(updatedAt);
    q.addBindValue(p.id);
    if (!q.exec() || q.numRowsAffected() != 1) {
        if (error)
            *error = q.lastError().text().isEmpty() ? t("%1 is no longer in the workspace.").arg(p.displayName())
                                                    : q.lastError().text();
        return false;
    }
    return true;
}

bool replaceTags(Database &db, qint64 personId, const QStringList &tags, QString *error)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("DELETE FROM person_tags WHERE person_id = ?"));
    q.addBindValue(personId);
    bool ok = q.exec();
    for (const QString &tag : tags) {
        if (!ok)
            break;
        q.prepare(QStringLiteral("INSERT INTO tags(name) VALUES (?) ON CONFLICT(name) DO NOTHING"));
        q.addBindValue(tag);
        ok = q.exec();
        if (ok) {
            q.prepare(QStringLiteral("INSERT OR IGNORE INTO person_tags(person_id, tag_id) SELECT ?, id FROM tags WHERE name = ?"));
            q.addBindValue(personId);
            q.addBindValue(tag);
            ok = q.exec();
        }
    }
    if (!ok && error)
        *error = q.lastError().text();
    return ok;
}

} // namespace

bool applyContactImport(Database &db, const ImportPlan &plan, ImportOutcome &outcome, QString *error,
                        const ImportProgress &progress, const ImportOutcome *reuse)
{
    outcome = {};
    Transaction tx(db);
    if (!tx.isActive()) {
        if (error)
            *error = db.lastError();
        return false;
    }
    ImportWriter writer(db, reuse);
    if (plan.count(ImportAction::Create) >= kBulkSearchIndexRows)
        outcome.searchIndexOutOfDate = SearchIndex(db).suspend();
    writer.setRowPerStatement(outcome.searchIndexOutOfDate);
    outcome.writtenAt = writer.now();
    outcome.notedOn = writer.today();
    const QString noteTitle = t("Imported from %1").arg(plan.fileName);
    const int total = int(plan.items.size());
    const auto failed = [&](const ImportItem &item, const QString &why) {
        if (error)
            *error = t("Line %1: %2 Nothing was imported.").arg(item.record.line).arg(why);
        outcome = {};
        return false;
    };
    const auto cancelled = [&]() {
        if (error)
            *error = t("The import was cancelled; nothing was imported.");
        outcome = {};
        return false;
    };
    static const QString personColumns = QStringLiteral(
        "id, first_name, last_name, title, organization_id, email, phone, linkedin_url, address, source, created_at, "
        "updated_at"); // the last two are written by the statement
    static const QString organizationColumns = QStringLiteral("id, name, created_at, updated_at");
    QList<QVariantList> pendingOrganizations;
    QList<int> organizationItems; // the item that needs each pending organization
    QList<QVariantList> pendingPeople;
    QList<int> peopleItems;
    QList<qint64> organizationOf(total, 0);
    QList<qint64> personOf(total, 0);
    for (int start = 0; start < total; start += kBatchSize) {
        const int end = qMin(total, start + kBatchSize);
        // First the organizations and people of this batch, a statement each…
        pendingOrganizations.clear();
        organizationItems.clear();
        pendingPeople.clear();
        peopleItems.clear();
        for (int i = start; i < end; ++i) {
            if (progress && i % kProgressStep == 0 && !progress(i, total))
                return cancelled();
            const ImportItem &item = plan.items.at(i);
            if (item.action != ImportAction::Create && item.action != ImportAction::Update)
                continue;
            const qsizetype before = pendingOrganizations.size();
            organizationOf[i] = writer.organizationId(item.organization, outcome, reuse, pendingOrganizations);
            if (pendingOrganizations.size() > before)
                organizationItems << i;
            if (item.action == ImportAction::Create) {
                personOf[i] = writer.personRow(item.person, organizationOf.at(i), outcome, reuse, pendingPeople);
                peopleItems << i;
            }
        }
        int failedRow = 0;
        if (!writer.insertRows(QStringLiteral("organizations"), organizationColumns, pendingOrganizations, &failedRow))
            return failed(plan.items.at(organizationItems.value(failedRow)), writer.error());
        if (!writer.insertRows(QStringLiteral("people"), personColumns, pendingPeople, &failedRow))
            return failed(plan.items.at(peopleItems.value(failedRow)), writer.error());
        // …then, item by item, their tags and notes and the updates.
        for (int i = start; i < end; ++i) {
            const ImportItem &item = plan.items.at(i);
            if (item.action != ImportAction::Create && item.action != ImportAction::Update)
                continue;
            qint64 personId = item.personId;
            if (item.action == ImportAction::Create) {
                personId = personOf.at(i);
                if (!writer.addTags(personId, normalizedTags(item.person.tags), outcome, reuse))
                    return failed(item, writer.error());
                ++outcome.created;
            } else {
                QString updatedAt;
                const std::optional<Person> before = readPerson(db, item.personId, &updatedAt);
                if (!before)
                    return failed(item, t("%1 is no longer in the workspace.").arg(item.person.displayName()));
                QString why;
                if (!writeUpdated(db, item.person, organizationOf.at(i), writer.now(), &why))
                    return failed(item, why);
                // Tags are only added; new ones are recorded so that undo takes them away again.
                QStringList added;
                for (const QString &tag : normalizedTags(item.person.tags)) {
                    if (!before->tags.contains(tag, Qt::CaseInsensitive))
                        added << tag;
                }
                if (!writer.addTags(item.personId, added, outcome, reuse))
                    return failed(item, writer.error());
                outcome.updatedBefore << *before;
                outcome.updatedBeforeAt << updatedAt;
                ++outcome.updated;
            }
            if (!item.note.isEmpty() && !writer.addNote(personId, noteTitle, item.note, outcome, reuse))
                return failed(item, writer.error());
        }
    }
    if (progress && !progress(total, total))
        return cancelled();
    if (!tx.commit()) {
        if (error)
            *error = t("The import could not be saved: %1").arg(db.lastError());
        outcome = {};
        return false;
    }
    return true;
}

bool revertContactImport(Database &db, const ImportOutcome &outcome, QString *error)
{
    Transaction tx(db);
    if (!tx.isActive()) {
        if (error)
            *error = db.lastError();
        return false;
    }
    if (outcome.createdPeople.size() >= kBulkSearchIndexRows)
        SearchIndex(db).suspend();
    if (!deleteIds(db, QStringLiteral("notes"), outcome.createdNotes, error)
        || !deleteIds(db, QStringLiteral("people"), outcome.createdPeople, error))
        return false;
    for (qsizetype i = 0; i < outcome.updatedBefore.size(); ++i) {
        const Person &before = outcome.updatedBefore.at(i);
        const QString updatedAt = outcome.updatedBeforeAt.value(i, sqlNow());
        if (!writeUpdated(db, before, before.organizationId, updatedAt, error) || !replaceTags(db, before.id, before.tags, error))
            return false;
    }
    if (!deleteIds(db, QStringLiteral("organizations"), outcome.createdOrganizations, error))
        return false;
    // Tags the import created that no one else took up.
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("DELETE FROM tags WHERE id = ? AND NOT EXISTS (SELECT 1 FROM person_tags WHERE tag_id = tags.id)"));
    for (const qint64 id : outcome.createdTags) {
        q.addBindValue(id);
        if (!q.exec()) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
    }
    return tx.commit();
}

ContactImportCommand::ContactImportCommand(Workspace &workspace, ImportPlan plan, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_workspace(workspace)
    , m_plan(std::move(plan))
{
    const int people = m_plan.count(ImportAction::Create) + m_plan.count(ImportAction::Update);
    setText(QCoreApplication::translate("Inroad::ContactImport", "Import %n contact(s)", nullptr, people));
}

bool ContactImportCommand::run(QString *error, const ImportProgress &progress)
{
    m_applied = applyContactImport(m_workspace.database(), m_plan, m_outcome, error, progress);
    if (m_applied)
        announce();
    return m_applied;
}

void ContactImportCommand::redo()
{
    if (m_applied)
        return; // the first redo, right after run()
    const ImportOutcome previous = m_outcome;
    QString error;
    if (!applyContactImport(m_workspace.database(), m_plan, m_outcome, &error, {}, &previous)) {
        m_outcome = previous;
        emit m_workspace.database().writeFailed(error);
        setObsolete(true);
        return;
    }
    m_applied = true;
    announce();
}

void ContactImportCommand::undo()
{
    QString error;
    if (!revertContactImport(m_workspace.database(), m_outcome, &error)) {
        emit m_workspace.database().writeFailed(error);
        setObsolete(true);
        return;
    }
    m_applied = false;
    announce();
}

void ContactImportCommand::announce()
{
    // A large import (or its undo) left the search index behind: one pass on another thread brings
    // it up to date. Should that fail, search keeps reading the tables and the next opening tries again.
    m_workspace.updateSearchIndexInBackground();
    // One signal per repository instead of one per row: an import may bring thousands.
    m_workspace.organizations().notifyReloaded();
    m_workspace.people().notifyReloaded();
    m_workspace.notes().notifyReloaded();
}

} // namespace Inroad

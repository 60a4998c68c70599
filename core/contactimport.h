#pragma once

#include "contactrecord.h"
#include "person.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUndoCommand>

#include <functional>

namespace Inroad {

class Database;
class Workspace;

/// What an import does with one contact of a file.
enum class ImportAction {
    Create,    ///< a new person
    Update,    ///< fills empty fields of a person already in the workspace (or adds tags or a note)
    Duplicate, ///< already in the workspace (or earlier in the file) with nothing new: left out
    Reject     ///< cannot become a person; the reason says why
};
QString importActionName(ImportAction action);

/// One contact of a file and what the import will do with it.
struct ImportItem
{
    ContactRecord record;
    ImportAction action = ImportAction::Create;
    QString reason;        ///< Reject: why; Duplicate: what matched; Update: what it adds
    Person person;         ///< Create and Update: the person as it will be stored
    qint64 personId = 0;   ///< Update and Duplicate: the person already in the workspace
    int sameAsItem = -1;   ///< Duplicate of an earlier contact of the file: that item's index
    QString organization;  ///< Create and Update: the organization to link, by name (created when new)
    QString note;          ///< Markdown kept with the person: extra addresses, differing values, the file's note
};

/// Everything an import will do, for the preview, before anything is written.
struct ImportPlan
{
    QString fileName;               ///< the file's name, for notes and messages
    QString description;            ///< what the reader recognised
    QList<ImportItem> items;        ///< in the file's order, rejected rows included
    QStringList newOrganizations;   ///< organizations that will be created, by name

    int count(ImportAction action) const;
};

/// Compares the contacts of @p source with the people already in @p db and with each other.
/// People match on the same e-mail address, the same LinkedIn profile, or the same name at the same
/// organization, or with no organization on either side (ContactKeys). Two different LinkedIn
/// profiles are two people however alike their names; two different e-mail addresses are not (people
/// have several; the other one goes into the note). A contact that matches and brings something new updates the person
/// without overwriting anything: empty fields are filled, tags added, and every value that differs
/// is kept in a note on the person. Reads only.
ImportPlan planContactImport(const Database &db, const ContactSource &source, const QString &fileName);

/// What applying a plan wrote, so that it can be taken back and put again with the same ids.
struct ImportOutcome
{
    QList<qint64> createdPeople;
    QList<qint64> createdOrganizations;
    QList<qint64> createdNotes;
    QList<qint64> createdTags;
    QList<Person> updatedBefore; ///< the updated people as they were
    QStringList updatedBeforeAt; ///< their updated_at as it was, one per updatedBefore
    QString writtenAt;           ///< the time stamp written on created and updated records (a redo writes the same)
    QString notedOn;             ///< the day written on created notes (a redo writes the same)
    int created = 0;
    int updated = 0;
    /// A large import (or its undo) leaves the search index out of date rather than updating it
    /// row by row (SearchIndex::suspend()); search reads the tables until SearchIndex::ensure()
    /// rebuilds it, which the caller does after the write (and a workspace does when opened).
    bool searchIndexOutOfDate = false;
};

/// From how many people created or removed at once an import suspends the search index and has it
/// rebuilt in one pass afterwards, which is then the faster way.
constexpr int kBulkSearchIndexRows = 2000;

/// Called with (done, total) now and then while an import writes; returning false cancels it.
using ImportProgress = std::function<bool(int done, int total)>;

/// Writes @p plan in one transaction: on failure or when @p progress cancels, nothing is written,
/// @p outcome is empty and @p error says why. With @p reuse (a redo), records get the ids and time
/// stamps they had the first time.
bool applyContactImport(Database &db, const ImportPlan &plan, ImportOutcome &outcome, QString *error,
                        const ImportProgress &progress = {}, const ImportOutcome *reuse = nullptr);

/// Takes an applied import back in one transaction: created records go, updated people get their
/// old values (time stamp included) and tags back. Taking back a large import suspends the search
/// index as applying it does.
bool revertContactImport(Database &db, const ImportOutcome &outcome, QString *error);

/// An import as one undo step. The first redo() writes the plan (with the progress callback given
/// to run()); undo removes it; redo writes it again with the same ids. Repositories announce the
/// change so lists reload.
class ContactImportCommand final : public QUndoCommand
{
public:
    ContactImportCommand(Workspace &workspace, ImportPlan plan, QUndoCommand *parent = nullptr);

    /// Applies the plan for the first time; false (with @p error) when it failed or was cancelled,
    /// and then the command must not be pushed.
    bool run(QString *error, const ImportProgress &progress = {});
    const ImportOutcome &outcome() const { return m_outcome; }

    void redo() override;
    void undo() override;

private:
    void announce();

    Workspace &m_workspace;
    ImportPlan m_plan;
    ImportOutcome m_outcome;
    bool m_applied = false;
};

} // namespace Inroad

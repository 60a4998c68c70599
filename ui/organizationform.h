#pragma once

#include "organization.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QUndoStack;

namespace Inroad {

class EmptyState;
class FieldMessage;
class NotesPanel;
class PlainTextField;
class Workspace;

/// One organization: its details, the research notes kept about it, and the people who work
/// there. Fields are saved when editing finishes (notes when focus leaves them), one undo
/// command each; in "new organization" mode nothing exists until Save, which needs a name.
class OrganizationForm final : public QWidget
{
    Q_OBJECT

public:
    OrganizationForm(Workspace &workspace, QUndoStack &undoStack, QWidget *parent = nullptr);

    /// The organization shown; 0 when none is (or while a new one is being entered).
    qint64 organizationId() const { return m_organizationId; }
    /// Shows the organization with @p id, or the "select an organization" message for 0.
    void showOrganization(qint64 id);

    bool isCreating() const { return m_creating; }
    void startNewOrganization();
    /// Adds the organization entered in "new" mode (one undo step); false, with the problems
    /// shown next to their fields, when it cannot be saved yet.
    bool saveNewOrganization();
    void cancelNewOrganization();

    void focusFirstField();
    /// The people who work at the shown organization.
    QListWidget *peopleList() const { return m_people; }

signals:
    void organizationCreated(qint64 id);
    void creationCancelled();
    void creatingChanged(bool creating);
    void addRequested();
    void personActivated(qint64 id);
    void leaveRequested();

private:
    QWidget *buildForm();
    void load(const Organization &organization, bool keepPendingText);
    void reloadShown();
    void reloadPeople();
    void commit(Organization::Field field, const QVariant &value);
    void commitPendingEdits();
    Organization draft() const;
    bool showProblems(const QList<int> &fields, const Organization &organization, bool onlyClear = false);
    void clearProblems();
    FieldMessage *messageFor(int field) const;
    void setCreating(bool creating);
    static QString undoName(Organization::Field field);

    Workspace &m_workspace;
    QUndoStack &m_undoStack;
    qint64 m_organizationId = 0;
    qint64 m_idBeforeCreating = 0;
    qint64 m_lastAddedId = 0;
    bool m_creating = false;
    bool m_loading = false;

    QStackedWidget *m_pages = nullptr;
    QTabWidget *m_tabs = nullptr;
    NotesPanel *m_notes = nullptr;
    EmptyState *m_nothingShown = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_subheading = nullptr;
    QLineEdit *m_name = nullptr;
    FieldMessage *m_nameMessage = nullptr;
    QLineEdit *m_industry = nullptr;
    QLineEdit *m_website = nullptr;
    FieldMessage *m_websiteMessage = nullptr;
    PlainTextField *m_address = nullptr;
    PlainTextField *m_products = nullptr;
    PlainTextField *m_services = nullptr;
    PlainTextField *m_competitors = nullptr;
    PlainTextField *m_news = nullptr;
    PlainTextField *m_sources = nullptr;
    QWidget *m_peopleGroup = nullptr;
    QListWidget *m_people = nullptr;
    QLabel *m_noPeopleHere = nullptr;
    QWidget *m_saveBar = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace Inroad

#pragma once

#include "outreachattempt.h"
#include "person.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QToolButton;
class QUndoStack;

namespace Inroad {

class EmptyState;
class FieldMessage;
class NotesPanel;
class OutreachLogModel;
class PlainTextField;
class TagCompleter;
class Workspace;

/// Every field of one person, grouped Name / Work / Contact / Network, then the contact log with
/// how often to keep in touch and what is due next. Each field is saved when its editing finishes,
/// as one undo command; the form follows the repositories, so undo and redo show up at once. In
/// "new person" mode nothing exists until Save, which needs a name.
class PersonForm final : public QWidget
{
    Q_OBJECT

public:
    PersonForm(Workspace &workspace, QUndoStack &undoStack, QWidget *parent = nullptr);
    ~PersonForm() override;

    /// The person shown; 0 when none is (or while a new one is being entered).
    qint64 personId() const { return m_personId; }
    /// Shows the person with @p id, or the "select a person" message for 0.
    void showPerson(qint64 id);

    bool isCreating() const { return m_creating; }
    /// Empties the form for a new person, with Save and Cancel.
    void startNewPerson();
    /// Adds the person entered in "new person" mode (one undo step); false, with the problems
    /// shown next to their fields, when it cannot be saved yet.
    bool saveNewPerson();
    void cancelNewPerson();

    /// Puts the keyboard focus on the first field.
    void focusFirstField();

    /// Opens the Log Contact dialog for the person shown; OK logs it as one undo step.
    void logContact();
    /// Opens the selected log entry for editing.
    void editSelectedContact();
    void deleteSelectedContact();

signals:
    void personCreated(qint64 id);
    void creationCancelled();
    void creatingChanged(bool creating);
    void addRequested();
    /// The user asked to see the person's organization.
    void organizationActivated(qint64 id);
    /// Escape in the form: the user wants to go back to the list.
    void leaveRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildForm();
    QWidget *buildContactLog();
    void load(const Person &person, bool keepPendingText);
    void reloadShown();
    void reloadOrganizations();
    void updateHeader(const Person &person);
    void commit(Person::Field field, const QVariant &value);
    void commitOrganization();
    void commitPendingEdits();
    void commitCadence();
    void updateStageHint(const Person &person);
    void updateCadenceText();
    void updateLogState();
    void updateNextFollowUps();
    std::optional<OutreachAttempt> selectedAttempt() const;
    Person draft() const;
    /// Shows or clears the message of each field that @p field's check concerns; returns whether
    /// @p field is free of problems.
    bool showProblems(const QList<int> &fields, const Person &person, bool onlyClear = false);
    void clearProblems();
    FieldMessage *messageFor(int field) const;
    static QString undoName(Person::Field field);

    Workspace &m_workspace;
    QUndoStack &m_undoStack;
    qint64 m_personId = 0;
    qint64 m_idBeforeCreating = 0;
    qint64 m_lastAddedId = 0;
    qint64 m_lastLoggedId = 0;
    bool m_creating = false;
    bool m_loading = false;

    QStackedWidget *m_pages = nullptr;
    QTabWidget *m_tabs = nullptr;
    NotesPanel *m_notes = nullptr;
    EmptyState *m_nothingShown = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_subheading = nullptr;
    QLineEdit *m_firstName = nullptr;
    QLineEdit *m_lastName = nullptr;
    FieldMessage *m_nameMessage = nullptr;
    QLineEdit *m_pronunciation = nullptr;
    QLineEdit *m_salutation = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_organization = nullptr;
    QToolButton *m_openOrganization = nullptr;
    QLineEdit *m_email = nullptr;
    FieldMessage *m_emailMessage = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_linkedIn = nullptr;
    FieldMessage *m_linkedInMessage = nullptr;
    PlainTextField *m_address = nullptr;
    QLineEdit *m_source = nullptr;
    QLineEdit *m_tags = nullptr;
    TagCompleter *m_tagCompleter = nullptr;
    QSpinBox *m_strength = nullptr;
    QComboBox *m_stage = nullptr;
    QLabel *m_stageHint = nullptr;
    QCheckBox *m_businessCard = nullptr;
    QWidget *m_contactLog = nullptr;
    OutreachLogModel *m_log = nullptr;
    QTableView *m_logTable = nullptr;
    QLabel *m_noLog = nullptr;
    QPushButton *m_editContact = nullptr;
    QPushButton *m_deleteContact = nullptr;
    QSpinBox *m_cadence = nullptr;
    QLabel *m_nextFollowUps = nullptr;
    QWidget *m_saveBar = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace Inroad

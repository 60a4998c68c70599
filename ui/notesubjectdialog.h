#pragma once

#include "note.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;

namespace Inroad {

class Workspace;

/// Asks what a new note is about: a person, an organization, a career field or an interview, and
/// which one (typing part of a name narrows the list).
class NoteSubjectDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit NoteSubjectDialog(Workspace &workspace, QWidget *parent = nullptr);

    /// Preselects a kind of record (and a record of it, when @p id is not 0).
    void setSubject(NoteSubject subject, qint64 id = 0);
    NoteSubject subject() const;
    /// The record chosen, or 0.
    qint64 subjectId() const;

    QComboBox *kindBox() const { return m_kind; }
    QComboBox *recordBox() const { return m_record; }

private:
    void fillRecords();
    void updateOk();

    Workspace &m_workspace;
    QComboBox *m_kind = nullptr;
    QComboBox *m_record = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Inroad

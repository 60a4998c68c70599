#pragma once

#include <QDialog>
#include <QList>

class QCheckBox;
class QDateEdit;
class QLabel;
class QRadioButton;

namespace Inroad {

class Workspace;

/// File ▸ Print Interview Packet…: which interviews go into a counselor packet (the one selected,
/// or everything scheduled between two days), whether the interviewees' personal details are
/// included, then Save As… or Print….
class PacketDialog final : public QDialog
{
    Q_OBJECT

public:
    /// @p selectedInterview is the interview open in the Interviews area, or 0.
    PacketDialog(Workspace &workspace, qint64 selectedInterview, QWidget *parent = nullptr);

    /// The interviews the packet would hold now.
    QList<qint64> interviewIds() const;
    bool includesPrivate() const;

    QRadioButton *selectedChoice() const { return m_selected; }
    QRadioButton *rangeChoice() const { return m_range; }
    QDateEdit *fromField() const { return m_from; }
    QDateEdit *toField() const { return m_to; }
    QCheckBox *privateCheck() const { return m_private; }

private:
    void updateSummary();
    void produce(bool save);

    Workspace &m_workspace;
    qint64 m_selectedInterview = 0;
    QRadioButton *m_selected = nullptr;
    QRadioButton *m_range = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QCheckBox *m_private = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_print = nullptr;
};

} // namespace Inroad

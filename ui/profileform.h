#pragma once

#include "profile.h"
#include "validation.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QFormLayout;

namespace Inroad {

class FieldMessage;

/// Editors for some or all of the profile's fields, each with its validation message shown right
/// below it. Shared by the profile dialog and the first-run welcome.
class ProfileForm final : public QWidget
{
    Q_OBJECT

public:
    /// Builds editors for @p fields, in that order.
    explicit ProfileForm(const QList<Profile::Field> &fields, QWidget *parent = nullptr);

    /// Loads @p profile; fields without an editor keep their values in profile().
    void setProfile(const Profile &profile);
    /// The profile given to setProfile() with the edited fields applied.
    Profile profile() const;

    bool isValid() const { return m_problems.isEmpty(); }
    QList<ValidationProblem> problems() const { return m_problems; }

    /// The editor of @p field (a QLineEdit or PlainTextField), or nullptr if the form has none.
    QWidget *editor(Profile::Field field) const { return m_editors.value(field); }
    /// The message shown below @p field; empty when the field is fine.
    QString message(Profile::Field field) const;

signals:
    void validityChanged(bool valid);
    void edited();

private:
    QWidget *createEditor(Profile::Field field);
    QString editorText(Profile::Field field) const;
    void setEditorText(Profile::Field field, const QString &text);
    void browseResume();
    void revalidate();

    QFormLayout *m_layout = nullptr;
    QList<Profile::Field> m_fields;
    QHash<int, QWidget *> m_editors;
    QHash<int, FieldMessage *> m_messages;
    Profile m_base;
    QList<ValidationProblem> m_problems;
};

} // namespace Inroad

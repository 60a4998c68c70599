#include "profileform.h"

#include "fieldmessage.h"
#include "plaintextfield.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Inroad {

namespace {

// Labels with mnemonics; Profile::fieldLabel() gives the same names without them.
QString labelWithMnemonic(Profile::Field field)
{
    switch (field) {
    case Profile::FullName: return ProfileForm::tr("Your &name:");
    case Profile::Email: return ProfileForm::tr("&E-mail:");
    case Profile::Phone: return ProfileForm::tr("&Phone:");
    case Profile::Address: return ProfileForm::tr("&Address:");
    case Profile::LinkedInUrl: return ProfileForm::tr("&LinkedIn:");
    case Profile::Website: return ProfileForm::tr("&Website:");
    case Profile::FieldsOfInterest: return ProfileForm::tr("&Fields of interest:");
    case Profile::SelfIntroduction: return ProfileForm::tr("Self-&introduction:");
    case Profile::ResumePath: return ProfileForm::tr("&Résumé file:");
    case Profile::FieldCount: break;
    }
    return {};
}

QString placeholder(Profile::Field field)
{
    switch (field) {
    case Profile::FullName: return ProfileForm::tr("As you sign your messages");
    case Profile::Email: return ProfileForm::tr("name@example.org");
    case Profile::LinkedInUrl: return ProfileForm::tr("https://www.linkedin.com/in/…");
    case Profile::Website: return ProfileForm::tr("https://…");
    case Profile::FieldsOfInterest: return ProfileForm::tr("For example: UX research, public health, urban planning");
    case Profile::SelfIntroduction:
        return ProfileForm::tr("Two or three sentences: who you are, which field you are exploring, and why "
                               "you would like to hear about it.");
    case Profile::ResumePath: return ProfileForm::tr("A PDF or document to attach when someone asks for it");
    default: break;
    }
    return {};
}

bool isMultiLine(Profile::Field field)
{
    return field == Profile::SelfIntroduction || field == Profile::Address;
}

} // namespace

ProfileForm::ProfileForm(const QList<Profile::Field> &fields, QWidget *parent)
    : QWidget(parent)
    , m_layout(new QFormLayout(this))
    , m_fields(fields)
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    for (const Profile::Field field : fields) {
        QWidget *editor = createEditor(field);
        auto *label = new QLabel(labelWithMnemonic(field), this);
        label->setBuddy(m_editors.value(field));
        if (isMultiLine(field))
            label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        // The message sits in the editor's cell so that a hidden one takes no room.
        auto *cell = new QWidget(this);
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        editor->setParent(cell);
        cellLayout->addWidget(editor);
        auto *message = new FieldMessage(m_editors.value(field), cell);
        cellLayout->addWidget(message);
        m_messages.insert(field, message);
        m_layout->addRow(label, cell);
    }
}

QWidget *ProfileForm::createEditor(Profile::Field field)
{
    if (isMultiLine(field)) {
        auto *edit = new PlainTextField(this);
        edit->setPlaceholderText(placeholder(field));
        edit->setVisibleLines(field == Profile::SelfIntroduction ? 5 : 3);
        connect(edit, &QPlainTextEdit::textChanged, this, &ProfileForm::revalidate);
        m_editors.insert(field, edit);
        return edit;
    }

    auto *edit = new QLineEdit(this);
    edit->setPlaceholderText(placeholder(field));
    connect(edit, &QLineEdit::textChanged, this, &ProfileForm::revalidate);
    m_editors.insert(field, edit);
    if (field != Profile::ResumePath)
        return edit;

    edit->setClearButtonEnabled(true);
    auto *row = new QWidget(this);
    auto *rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->addWidget(edit, 1);
    auto *browse = new QPushButton(tr("&Browse…"), row);
    browse->setToolTip(tr("Choose your résumé file"));
    connect(browse, &QPushButton::clicked, this, &ProfileForm::browseResume);
    rowLayout->addWidget(browse);
    return row;
}

void ProfileForm::browseResume()
{
    const QString current = editorText(Profile::ResumePath);
    const QString folder = current.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        : QFileInfo(current).absolutePath();
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Choose Your Résumé"), folder,
        tr("Documents (*.pdf *.odt *.docx *.doc *.rtf *.txt *.md);;All files (*)"));
    if (!file.isEmpty())
        setEditorText(Profile::ResumePath, QDir::toNativeSeparators(file));
}

QString ProfileForm::editorText(Profile::Field field) const
{
    QWidget *editor = m_editors.value(field);
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        return line->text();
    if (auto *text = qobject_cast<PlainTextField *>(editor))
        return text->toPlainText();
    return {};
}

void ProfileForm::setEditorText(Profile::Field field, const QString &value)
{
    QWidget *editor = m_editors.value(field);
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        line->setText(value);
    else if (auto *text = qobject_cast<PlainTextField *>(editor))
        text->setText(value);
}

void ProfileForm::setProfile(const Profile &profile)
{
    m_base = profile;
    for (const Profile::Field field : std::as_const(m_fields))
        setEditorText(field, profile.value(field).toString());
    revalidate();
}

Profile ProfileForm::profile() const
{
    Profile result = m_base;
    for (const Profile::Field field : std::as_const(m_fields))
        result.setValue(field, editorText(field));
    return result;
}

QString ProfileForm::message(Profile::Field field) const
{
    const FieldMessage *label = m_messages.value(field);
    return label ? label->message() : QString();
}

void ProfileForm::revalidate()
{
    const bool wasValid = m_problems.isEmpty();
    m_problems.clear();
    const QList<ValidationProblem> all = validate(profile());
    for (const ValidationProblem &problem : all) {
        // Only problems of fields this form shows can be fixed here.
        if (m_fields.contains(Profile::Field(problem.field)))
            m_problems.append(problem);
    }

    for (const Profile::Field field : std::as_const(m_fields)) {
        QStringList texts;
        for (const ValidationProblem &problem : std::as_const(m_problems)) {
            if (problem.field == field)
                texts << problem.message;
        }
        m_messages.value(field)->showMessage(texts.join(QLatin1Char('\n')));
    }

    emit edited();
    if (wasValid != m_problems.isEmpty())
        emit validityChanged(m_problems.isEmpty());
}

} // namespace Inroad

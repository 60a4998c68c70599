#include "templateeditordialog.h"

#include "highlighting.h"
#include "interviewdocuments.h"
#include "workspace.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QSyntaxHighlighter>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Inroad {

namespace {

constexpr int kPreviewDelayMs = 250;

const InterviewDocument kDocuments[] = {InterviewDocument::Sheet, InterviewDocument::ResearchSummary,
                                        InterviewDocument::ReflectionForm, InterviewDocument::ThankYouLetter};
const InterviewMessage kMessages[] = {InterviewMessage::OutreachEmail, InterviewMessage::OutreachEmailWithReferrer,
                                      InterviewMessage::PhoneScript, InterviewMessage::ThankYouEmail};

std::optional<InterviewDocument> documentOf(const QString &key)
{
    for (const InterviewDocument d : kDocuments) {
        if (InterviewDocuments::key(d) == key)
            return d;
    }
    return std::nullopt;
}

std::optional<InterviewMessage> messageOf(const QString &key)
{
    for (const InterviewMessage m : kMessages) {
        if (InterviewDocuments::key(m) == key)
            return m;
    }
    return std::nullopt;
}

/// Saving templates: the stored texts before and after, by key. Undo writes the old ones back.
class SaveTemplatesCommand final : public QUndoCommand
{
public:
    SaveTemplatesCommand(Workspace &workspace, QHash<QString, QString> before, QHash<QString, QString> after)
        : QUndoCommand(QCoreApplication::translate("Inroad::TemplateEditorDialog", "Edit Document Templates"))
        , m_workspace(workspace)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }
    void redo() override { write(m_after); }
    void undo() override { write(m_before); }

private:
    void write(const QHash<QString, QString> &texts)
    {
        InterviewDocuments documents(m_workspace);
        for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
            if (!documents.saveTemplate(it.key(), it.value()))
                setObsolete(true);
        }
    }
    Workspace &m_workspace;
    QHash<QString, QString> m_before;
    QHash<QString, QString> m_after;
};

} // namespace

TemplateEditorDialog::TemplateEditorDialog(Workspace &workspace, QUndoStack &undoStack, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_undoStack(undoStack)
{
    setWindowTitle(tr("Document Templates"));

    m_templates = new QListWidget;
    m_templates->setObjectName(QStringLiteral("templateList"));
    m_templates->setAccessibleName(tr("Templates"));
    for (const InterviewDocument d : kDocuments) {
        auto *item = new QListWidgetItem(InterviewDocuments::title(d), m_templates);
        item->setData(Qt::UserRole, InterviewDocuments::key(d));
    }
    for (const InterviewMessage m : kMessages) {
        auto *item = new QListWidgetItem(InterviewDocuments::title(m), m_templates);
        item->setData(Qt::UserRole, InterviewDocuments::key(m));
    }
    m_templates->setMaximumWidth(fontMetrics().averageCharWidth() * 40);

    m_editor = new QPlainTextEdit;
    m_editor->setObjectName(QStringLiteral("templateText"));
    m_editor->setAccessibleName(tr("Template text"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_highlighter = createTemplateHighlighter(m_editor->document(), palette(), InterviewDocuments::placeholderNames());

    m_placeholders = new QListWidget;
    m_placeholders->setObjectName(QStringLiteral("placeholderList"));
    m_placeholders->setAccessibleName(tr("Placeholders"));
    m_placeholders->setToolTip(tr("Double-click or press Enter to insert at the cursor"));
    for (const QString &name : InterviewDocuments::placeholderNames())
        m_placeholders->addItem(name);
    connect(m_placeholders, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { insertPlaceholder(item->text()); });

    m_interview = new QComboBox;
    m_interview->setObjectName(QStringLiteral("previewInterview"));
    InterviewQuery query;
    query.scope = InterviewQuery::All;
    for (const Interview &i : m_workspace.interviews().page(query, 0, 200))
        m_interview->addItem(tr("%1 (no. %2)").arg(i.personName).arg(i.id), i.id);
    connect(m_interview, &QComboBox::currentIndexChanged, this, &TemplateEditorDialog::updatePreview);

    m_preview = new QTextBrowser;
    m_preview->setObjectName(QStringLiteral("templatePreview"));
    m_preview->setAccessibleName(tr("Preview"));
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("templateProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    QPalette warning = m_problem->palette();
    warning.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_problem->setPalette(warning);

    auto *reset = new QPushButton(tr("&Reset to Default"));
    reset->setObjectName(QStringLiteral("resetTemplateButton"));
    connect(reset, &QPushButton::clicked, this, &TemplateEditorDialog::resetToDefault);

    auto *middle = new QWidget;
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->addWidget(m_editor, 1);
    middleLayout->addWidget(m_problem);
    auto *placeholderLabel = new QLabel(tr("&Placeholders:"));
    placeholderLabel->setBuddy(m_placeholders);
    middleLayout->addWidget(placeholderLabel);
    middleLayout->addWidget(m_placeholders);
    m_placeholders->setMaximumHeight(fontMetrics().height() * 7);
    auto *resetRow = new QHBoxLayout;
    resetRow->addWidget(reset);
    resetRow->addStretch();
    middleLayout->addLayout(resetRow);

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *previewRow = new QHBoxLayout;
    auto *previewLabel = new QLabel(tr("Preview &for:"));
    previewLabel->setBuddy(m_interview);
    previewRow->addWidget(previewLabel);
    previewRow->addWidget(m_interview, 1);
    rightLayout->addLayout(previewRow);
    rightLayout->addWidget(m_preview, 1);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_templates);
    splitter->addWidget(middle);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close);
    connect(buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this, &TemplateEditorDialog::saveChanges);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Change the wording of what Inroad prints and drafts. {{person.name}} and the like "
                                "are filled in; {{#questions}} … {{/questions}} repeats for each question; "
                                "{{^referrals}} … {{/referrals}} shows only when there are none. Your copy is kept "
                                "in this workspace."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(1200, 720);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(kPreviewDelayMs);
    connect(m_previewTimer, &QTimer::timeout, this, &TemplateEditorDialog::updatePreview);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading || m_current.isEmpty())
            return;
        m_drafts.insert(m_current, m_editor->toPlainText());
        m_previewTimer->start();
    });
    connect(m_templates, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            showTemplate(item->data(Qt::UserRole).toString());
    });
    m_templates->setCurrentRow(0);
}

QString TemplateEditorDialog::shippedText(const QString &key) const
{
    if (const auto d = documentOf(key))
        return InterviewDocuments::defaultTemplate(*d);
    if (const auto m = messageOf(key))
        return InterviewDocuments::defaultTemplate(*m);
    return {};
}

QString TemplateEditorDialog::storedText(const QString &key) const
{
    const InterviewDocuments documents(m_workspace);
    if (const auto d = documentOf(key))
        return documents.templateText(*d);
    if (const auto m = messageOf(key))
        return documents.templateText(*m);
    return {};
}

QString TemplateEditorDialog::currentKey() const
{
    return m_current;
}

void TemplateEditorDialog::showTemplate(const QString &key)
{
    if (key == m_current)
        return;
    m_current = key;
    for (int row = 0; row < m_templates->count(); ++row) {
        if (m_templates->item(row)->data(Qt::UserRole).toString() == key && m_templates->currentRow() != row)
            m_templates->setCurrentRow(row);
    }
    m_loading = true;
    m_editor->setPlainText(m_drafts.value(key, storedText(key)));
    m_loading = false;
    updatePreview();
}

void TemplateEditorDialog::insertPlaceholder(const QString &name)
{
    static const QStringList lists{QStringLiteral("plan"), QStringLiteral("questions"), QStringLiteral("referrals"),
                                   QStringLiteral("notes")};
    QString text;
    if (lists.contains(name))
        text = QStringLiteral("{{#%1}}\n\n{{/%1}}").arg(name);
    else if (const qsizetype dot = name.indexOf(QLatin1Char('.')); dot > 0 && lists.contains(name.left(dot)))
        text = QStringLiteral("{{%1}}").arg(name.mid(dot + 1)); // inside its list's section
    else
        text = QStringLiteral("{{%1}}").arg(name);
    m_editor->textCursor().insertText(text);
    m_editor->setFocus(Qt::OtherFocusReason);
}

void TemplateEditorDialog::resetToDefault()
{
    m_editor->setPlainText(shippedText(m_current));
}

bool TemplateEditorDialog::hasUnsavedChanges() const
{
    for (auto it = m_drafts.cbegin(); it != m_drafts.cend(); ++it) {
        if (it.value() != storedText(it.key()))
            return true;
    }
    return false;
}

bool TemplateEditorDialog::saveChanges()
{
    QHash<QString, QString> before;
    QHash<QString, QString> after;
    for (auto it = m_drafts.cbegin(); it != m_drafts.cend(); ++it) {
        if (it.value() == storedText(it.key()))
            continue;
        before.insert(it.key(), m_workspace.database().setting(InterviewDocuments::settingKey(it.key())));
        // A copy that is the shipped text again is no copy: later versions of Inroad may improve it.
        after.insert(it.key(), it.value() == shippedText(it.key()) ? QString() : it.value());
    }
    if (after.isEmpty())
        return true;
    const int count = m_undoStack.count();
    m_undoStack.push(new SaveTemplatesCommand(m_workspace, before, after));
    return m_undoStack.count() > count;
}

void TemplateEditorDialog::done(int result)
{
    if (hasUnsavedChanges()) {
        const auto answer = QMessageBox::question(this, tr("Save the Templates?"),
                                                  tr("You changed templates without saving them."),
                                                  QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                                  QMessageBox::Save);
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Save && !saveChanges())
            return;
    }
    QDialog::done(result);
}

void TemplateEditorDialog::updatePreview()
{
    m_previewTimer->stop();
    const qint64 interviewId = m_interview->currentData().toLongLong();
    if (interviewId <= 0) {
        m_preview->setPlainText(tr("Plan an interview to see a preview."));
        m_problem->clear();
        return;
    }
    InterviewDocuments documents(m_workspace);
    TemplateError error;
    QString result;
    const QString text = m_editor->toPlainText();
    if (const auto d = documentOf(m_current)) {
        documents.setTemplate(*d, text.isEmpty() ? QStringLiteral(" ") : text);
        result = documents.html(*d, interviewId, DocumentOptions(), &error);
        if (!result.isNull())
            m_preview->setHtml(result);
    } else if (const auto m = messageOf(m_current)) {
        documents.setTemplate(*m, text.isEmpty() ? QStringLiteral(" ") : text);
        result = documents.message(*m, interviewId, DocumentOptions(), &error);
        if (!result.isNull())
            m_preview->setPlainText(result);
    }
    // A broken template keeps the last good preview and says what is wrong, and where.
    m_problem->setText(result.isNull() ? error.toString() : QString());
    m_problem->setVisible(result.isNull());
}

} // namespace Inroad

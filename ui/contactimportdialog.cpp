#include "contactimportdialog.h"

#include "emptystate.h"
#include "importplanmodel.h"
#include "workspace.h"
#include "workspacearchive.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Inroad {

namespace {

/// Files larger than this are refused before they are read: no contact list is that big.
constexpr qint64 kMaxFileSize = 512LL * 1024 * 1024;
/// Rows of a generic CSV file shown under the column choices.
constexpr int kSampleRows = 6;

constexpr ContactFormat kFormats[] = {ContactFormat::LinkedIn, ContactFormat::Google, ContactFormat::VCard,
                                      ContactFormat::Csv, ContactFormat::Json};

QString delimiterName(QChar delimiter)
{
    switch (delimiter.unicode()) {
    case u',': return QCoreApplication::translate("Inroad::ContactImportDialog", "Comma");
    case u';': return QCoreApplication::translate("Inroad::ContactImportDialog", "Semicolon");
    case u'\t': return QCoreApplication::translate("Inroad::ContactImportDialog", "Tab");
    case u'|': return QCoreApplication::translate("Inroad::ContactImportDialog", "Vertical bar");
    default: return QString(delimiter);
    }
}

} // namespace

ContactImportDialog::ContactImportDialog(Workspace &workspace, QUndoStack &undoStack, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_undoStack(undoStack)
{
    setWindowTitle(tr("Import Contacts"));
    setObjectName(QStringLiteral("contactImportDialog"));

    m_file = new QLineEdit;
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("No file chosen"));
    auto *browse = new QPushButton(tr("&Choose File…"));
    browse->setAutoDefault(false); // Return imports, wherever the focus is
    connect(browse, &QPushButton::clicked, this, &ContactImportDialog::chooseFile);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);

    m_format = new QComboBox;
    for (const ContactFormat format : kFormats)
        m_format->addItem(contactFormatName(format), int(format));
    m_format->setCurrentIndex(int(std::size(kFormats)) - 2); // generic CSV until a file says otherwise
    connect(m_format, &QComboBox::activated, this, [this] { rebuild(); });
    m_description = new QLabel;
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("&File:"), fileRow);
    static_cast<QLabel *>(form->labelForField(fileRow))->setBuddy(browse);
    form->addRow(tr("F&ormat:"), m_format);
    form->addRow(QString(), m_description);

    // What the columns of a generic CSV file hold.
    m_columnsBox = new QWidget;
    m_delimiter = new QComboBox;
    for (const QChar c : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t'), QLatin1Char('|')})
        m_delimiter->addItem(delimiterName(c), QVariant(c));
    connect(m_delimiter, &QComboBox::activated, this, [this] {
        CsvOptions options;
        options.delimiter = m_delimiter->currentData().value<QChar>();
        m_csv = readCsv(m_bytes, options);
        m_mapping = guessColumnMapping(m_csv);
        fillColumnsTable();
        rebuild();
    });
    m_columns = new QTableWidget;
    m_columns->setObjectName(QStringLiteral("columnsTable"));
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_columns->verticalHeader()->hide();
    m_columns->setMinimumHeight(fontMetrics().height() * (kSampleRows + 5));
    auto *delimiterRow = new QHBoxLayout;
    auto *delimiterLabel = new QLabel(tr("Cells are separated by:"));
    delimiterLabel->setBuddy(m_delimiter);
    delimiterRow->addWidget(delimiterLabel);
    delimiterRow->addWidget(m_delimiter);
    delimiterRow->addStretch(1);
    auto *columnsHint = new QLabel(tr("Choose what each column holds. A first name, last name or full name is needed."));
    columnsHint->setWordWrap(true);
    auto *columnsLayout = new QVBoxLayout(m_columnsBox);
    columnsLayout->setContentsMargins(0, 0, 0, 0);
    columnsLayout->addWidget(columnsHint);
    columnsLayout->addLayout(delimiterRow);
    columnsLayout->addWidget(m_columns);

    // The preview.
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_filter = new QComboBox;
    m_filter->addItem(tr("All rows"), -1);
    for (const ImportAction action : {ImportAction::Create, ImportAction::Update, ImportAction::Duplicate, ImportAction::Reject})
        m_filter->addItem(importActionName(action), int(action));
    m_model = new ImportPlanModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(ImportPlanModel::ActionRole);
    m_proxy->setFilterKeyColumn(ImportPlanModel::ActionColumn);
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        const int action = m_filter->currentData().toInt();
        m_proxy->setFilterFixedString(action < 0 ? QString() : QString::number(action));
    });
    m_preview = new QTableView;
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setModel(m_proxy);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setWordWrap(false);
    m_preview->verticalHeader()->hide();
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->setAlternatingRowColors(true);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_summary, 1);
    auto *filterLabel = new QLabel(tr("&Show:"));
    filterLabel->setBuddy(m_filter);
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter);

    m_content = new QWidget;
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_columnsBox);
    contentLayout->addLayout(filterRow);
    contentLayout->addWidget(m_preview, 1);

    m_empty = new EmptyState;
    m_empty->setTitle(tr("Choose a file to import"));
    m_empty->setText(tr("Inroad reads LinkedIn's Connections.csv (from Settings ▸ Data privacy ▸ Get a copy of your "
                        "data), Google Contacts CSV exports, vCard files from phones and mail programs, any CSV file "
                        "with a header row, and Inroad JSON exports. You will see what happens to every row before "
                        "anything is saved."));
    connect(m_empty->addButton(tr("Choose File…")), &QPushButton::clicked, this, &ContactImportDialog::chooseFile);

    m_pages = new QStackedWidget;
    m_pages->addWidget(m_empty);
    m_pages->addWidget(m_content);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, [this] {
        if (importNow())
            accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buttons);
    // Only now, inside the dialog, does the button become the dialog's default for Return.
    m_import->setDefault(true);
    resize(fontMetrics().averageCharWidth() * 120, fontMetrics().height() * 36);
    rebuild();
}

ContactImportDialog::~ContactImportDialog() = default;

void ContactImportDialog::chooseFile()
{
    const QString folder = m_path.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DownloadLocation)
                                            : QFileInfo(m_path).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Contacts"), folder,
        tr("Contacts (*.csv *.vcf *.vcard *.json *.txt);;CSV files (*.csv *.txt);;vCard files (*.vcf *.vcard);;Inroad "
           "exports (*.json);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

bool ContactImportDialog::loadFile(const QString &path)
{
    m_path = path;
    m_file->setText(QDir::toNativeSeparators(path));
    m_bytes.clear();
    m_problem.clear();
    QFile file(path);
    if (QFileInfo(path).size() > kMaxFileSize) {
        m_problem = tr("“%1” is %2 MB; contact files are far smaller, so this is not one.")
                        .arg(QFileInfo(path).fileName())
                        .arg(QFileInfo(path).size() / (1024 * 1024));
    } else if (!file.open(QIODevice::ReadOnly)) {
        m_problem = tr("“%1” could not be read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    } else {
        m_bytes = file.readAll();
    }
    if (!m_problem.isEmpty()) {
        m_model->setPlan({});
        rebuild();
        return false;
    }
    const ContactFormat guessed = guessContactFormat(path, m_bytes);
    m_format->setCurrentIndex(m_format->findData(int(guessed)));
    m_csv = readCsv(m_bytes);
    m_mapping = guessColumnMapping(m_csv);
    m_delimiter->setCurrentIndex(qMax(0, m_delimiter->findData(QVariant(m_csv.delimiter))));
    fillColumnsTable();
    rebuild();
    return m_problem.isEmpty();
}

void ContactImportDialog::setFormat(ContactFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
    rebuild();
}

ContactFormat ContactImportDialog::format() const
{
    return ContactFormat(m_format->currentData().toInt());
}

void ContactImportDialog::setColumn(int column, ContactColumn meaning)
{
    if (column < 0 || column >= m_mapping.columns.size())
        return;
    m_mapping.columns[column] = meaning;
    if (auto *box = qobject_cast<QComboBox *>(m_columns->cellWidget(0, column)))
        box->setCurrentIndex(box->findData(int(meaning)));
    rebuild();
}

const ImportPlan &ContactImportDialog::plan() const
{
    return m_model->plan();
}

void ContactImportDialog::fillColumnsTable()
{
    m_columns->clear();
    const int width = int(m_mapping.columns.size());
    m_columns->setColumnCount(width);
    const int firstRow = m_mapping.headerRecord + 1;
    const int rows = qMin(kSampleRows, int(m_csv.records.size()) - firstRow);
    m_columns->setRowCount(1 + qMax(0, rows));
    QStringList headers;
    for (int c = 0; c < width; ++c) {
        headers << (m_mapping.headerRecord >= 0 ? m_csv.records.at(m_mapping.headerRecord).fields.value(c)
                                                : tr("Column %1").arg(c + 1));
        auto *box = new QComboBox;
        for (int m = 0; m < int(ContactColumn::Count); ++m)
            box->addItem(contactColumnName(ContactColumn(m)), m);
        box->setCurrentIndex(box->findData(int(m_mapping.columns.at(c))));
        box->setAccessibleName(tr("What column %1 holds").arg(headers.constLast()));
        connect(box, &QComboBox::activated, this, [this, c, box] {
            m_mapping.columns[c] = ContactColumn(box->currentData().toInt());
            rebuild();
        });
        m_columns->setCellWidget(0, c, box);
    }
    m_columns->setHorizontalHeaderLabels(headers);
    for (int r = 0; r < rows; ++r) {
        const QStringList &fields = m_csv.records.at(firstRow + r).fields;
        for (int c = 0; c < width; ++c)
            m_columns->setItem(r + 1, c, new QTableWidgetItem(fields.value(c)));
    }
    m_columns->resizeColumnsToContents();
}

void ContactImportDialog::rebuild()
{
    m_archive.reset();
    const bool haveFile = !m_path.isEmpty();
    m_pages->setCurrentWidget(haveFile ? m_content : static_cast<QWidget *>(m_empty));
    const ContactFormat chosen = format();
    m_columnsBox->setVisible(haveFile && m_problem.isEmpty() && chosen == ContactFormat::Csv);
    if (!haveFile || !m_problem.isEmpty()) {
        m_model->setPlan({});
        m_description->setText(m_problem);
        updateSummary();
        return;
    }
    ContactSource source;
    if (chosen == ContactFormat::Json) {
        QString error;
        std::optional<WorkspaceArchive> archive = readWorkspaceArchive(m_bytes, &error);
        if (!archive) {
            source.error = error;
        } else if (!workspaceHasUserData(m_workspace.database())) {
            m_archive = std::make_unique<WorkspaceArchive>(std::move(*archive));
            m_model->setPlan({});
            m_description->setText(contactFormatName(chosen));
            updateSummary();
            return;
        } else {
            source = readArchiveContacts(*archive);
        }
    } else if (chosen == ContactFormat::Csv) {
        source = readMappedContacts(m_csv, m_mapping);
    } else {
        source = readContactFile(chosen, m_bytes);
    }
    if (!source.ok()) {
        m_model->setPlan({});
        m_description->setText(source.errorLine > 0 ? tr("Line %1: %2").arg(source.errorLine).arg(source.error) : source.error);
    } else {
        m_description->setText(source.description);
        QApplication::setOverrideCursor(Qt::WaitCursor);
        m_model->setPlan(planContactImport(m_workspace.database(), source, m_path));
        QApplication::restoreOverrideCursor();
    }
    m_preview->resizeColumnsToContents();
    updateSummary();
}

void ContactImportDialog::updateSummary()
{
    if (m_archive) {
        const auto rows = [this](const char *table) {
            const WorkspaceArchive::Table *t = m_archive->table(QLatin1String(table));
            return t ? int(t->rows.size()) : 0;
        };
        m_summary->setText(tr("This workspace holds nothing yet, so the whole workspace in the file is restored: %1, %2, "
                              "%3 and %4, with their questions, referrals and follow-ups.")
                               .arg(tr("%n people", nullptr, rows("people")),
                                    tr("%n organizations", nullptr, rows("organizations")),
                                    tr("%n interviews", nullptr, rows("interviews")), tr("%n notes", nullptr, rows("notes"))));
        m_import->setText(tr("&Restore Workspace"));
        m_import->setEnabled(true);
        return;
    }
    const ImportPlan &p = m_model->plan();
    const int toWrite = p.count(ImportAction::Create) + p.count(ImportAction::Update);
    if (p.items.isEmpty()) {
        m_summary->setText(m_path.isEmpty() || !m_description->text().isEmpty() ? QString()
                                                                                 : tr("The file holds no contacts."));
    } else {
        m_summary->setText(tr("%1 new, %2 updated, %3 left out as duplicates, %4 rejected; %5.")
                               .arg(p.count(ImportAction::Create))
                               .arg(p.count(ImportAction::Update))
                               .arg(p.count(ImportAction::Duplicate))
                               .arg(p.count(ImportAction::Reject))
                               .arg(tr("%n new organization(s)", nullptr, int(p.newOrganizations.size()))));
    }
    m_import->setText(toWrite > 0 ? tr("&Import %n Contact(s)", nullptr, toWrite) : tr("&Import"));
    m_import->setEnabled(toWrite > 0);
}

bool ContactImportDialog::restoreArchive()
{
    QProgressDialog progress(tr("Restoring the workspace…"), tr("Cancel"), 0, 1000, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QString error;
    const bool ok = restoreWorkspaceArchive(m_workspace.database(), *m_archive, &error, [&](qint64 done, qint64 total) {
        progress.setValue(total > 0 ? int(done * 1000 / total) : 0);
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    });
    progress.reset();
    if (!ok) {
        QMessageBox::warning(this, tr("Nothing Was Restored"),
                             tr("The workspace could not be restored from “%1”: %2\nThe workspace is as it was.")
                                 .arg(QFileInfo(m_path).fileName(), error));
        return false;
    }
    m_restored = true;
    m_result = tr("Restored the workspace from “%1”.").arg(QFileInfo(m_path).fileName());
    return true;
}

bool ContactImportDialog::importNow()
{
    if (m_archive)
        return restoreArchive();
    const ImportPlan &p = m_model->plan();
    if (p.count(ImportAction::Create) + p.count(ImportAction::Update) == 0)
        return false;
    auto command = std::make_unique<ContactImportCommand>(m_workspace, p);
    QProgressDialog progress(tr("Importing contacts…"), tr("Cancel"), 0, int(p.items.size()), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QString error;
    const bool ok = command->run(&error, [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    });
    progress.reset();
    if (!ok) {
        QMessageBox::warning(this, tr("Nothing Was Imported"), error);
        return false;
    }
    const ImportOutcome outcome = command->outcome();
    m_undoStack.push(command.release());
    m_result = tr("Imported “%1”: %2 new, %3 updated. Edit ▸ Undo takes the whole import back.")
                   .arg(QFileInfo(m_path).fileName())
                   .arg(outcome.created)
                   .arg(outcome.updated);
    return true;
}

} // namespace Inroad

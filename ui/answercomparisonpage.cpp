#include "answercomparisonpage.h"

#include "answercomparison.h"
#include "documentoutput.h"
#include "emptystate.h"
#include "questioncaution.h"
#include "workspace.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QCoreApplication>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace Inroad {

namespace {

constexpr int kCardWidthChars = 38;

} // namespace

struct AnswerComparisonPage::Private
{
    AnswerComparisonPage *q;
    Workspace &workspace;
    AnswerComparison comparison;
    ComparisonScope scope;
    QList<ComparedQuestion> questions;
    QList<ComparedAnswer> answers;

    QComboBox *scopeCombo = nullptr;
    QComboBox *questionCombo = nullptr;
    QPushButton *exportButton = nullptr;
    QPushButton *printButton = nullptr;
    QStackedWidget *pages = nullptr;
    EmptyState *nothing = nullptr;
    QScrollArea *scroll = nullptr;
    QWidget *cards = nullptr;
    QLabel *summary = nullptr;
    QTimer refresh;

    Private(AnswerComparisonPage *owner, Workspace &ws)
        : q(owner)
        , workspace(ws)
        , comparison(ws.database())
    {
    }

    void reloadScopes();
    void reloadQuestions();
    void showAnswers();
    QWidget *card(const ComparedAnswer &answer) const;
    QString scopeTitle() const;
    ComparedQuestion currentQuestion() const;
};

AnswerComparisonPage::AnswerComparisonPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>(this, workspace))
{
    d->scopeCombo = new QComboBox;
    d->scopeCombo->setObjectName(QStringLiteral("comparisonScopeCombo"));
    d->scopeCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    d->scopeCombo->setMinimumContentsLength(16);
    d->questionCombo = new QComboBox;
    d->questionCombo->setObjectName(QStringLiteral("comparisonQuestionCombo"));
    d->questionCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    d->questionCombo->setMinimumContentsLength(24);
    auto *scopeLabel = new QLabel(tr("Career &field:"));
    scopeLabel->setBuddy(d->scopeCombo);
    auto *questionLabel = new QLabel(tr("&Question:"));
    questionLabel->setBuddy(d->questionCombo);
    auto *chooseButton = new QPushButton(tr("Choose &Interviews…"));
    chooseButton->setObjectName(QStringLiteral("chooseInterviewsButton"));
    chooseButton->setToolTip(tr("Compare a few interviews of your choice instead of a whole career field"));
    connect(chooseButton, &QPushButton::clicked, this, &AnswerComparisonPage::chooseInterviews);
    d->exportButton = new QPushButton(tr("&Export…"));
    d->exportButton->setObjectName(QStringLiteral("comparisonExportButton"));
    d->exportButton->setToolTip(tr("Save the comparison as PDF, OpenDocument text or a web page"));
    d->printButton = new QPushButton(tr("&Print…"));
    d->printButton->setToolTip(tr("Preview the comparison and print it"));

    connect(d->scopeCombo, &QComboBox::activated, this, [this](int index) {
        const QVariant choice = d->scopeCombo->itemData(index);
        if (choice.toLongLong() > 0) {
            d->scope = ComparisonScope();
            d->scope.fieldId = choice.toLongLong();
        }
        d->reloadQuestions();
    });
    connect(d->questionCombo, &QComboBox::activated, this, [this] { d->showAnswers(); });
    connect(d->exportButton, &QPushButton::clicked, this, [this] {
        QTextDocument document;
        AnswerComparison::buildDocument(document, d->scopeTitle(), d->currentQuestion(), d->answers);
        saveDocumentAs(this, document, tr("Export Comparison"), tr("answers compared.pdf"));
    });
    connect(d->printButton, &QPushButton::clicked, this, [this] {
        QTextDocument document;
        AnswerComparison::buildDocument(document, d->scopeTitle(), d->currentQuestion(), d->answers);
        previewAndPrint(this, document, tr("Answers Compared"));
    });

    auto *controls = new QGridLayout;
    controls->addWidget(scopeLabel, 0, 0);
    controls->addWidget(d->scopeCombo, 0, 1);
    controls->addWidget(chooseButton, 0, 2, Qt::AlignLeft);
    controls->addWidget(d->exportButton, 0, 3);
    controls->addWidget(d->printButton, 0, 4);
    controls->addWidget(questionLabel, 1, 0);
    controls->addWidget(d->questionCombo, 1, 1, 1, 4);
    controls->setColumnStretch(2, 1);

    d->summary = new QLabel;
    d->summary->setObjectName(QStringLiteral("comparisonSummary"));
    d->summary->setWordWrap(true);
    d->summary->setForegroundRole(QPalette::PlaceholderText);

    d->nothing = new EmptyState;
    d->nothing->setTitle(tr("Nothing to compare yet"));
    d->nothing->setText(tr("Give your interviews a career field and write down the answers in each "
                           "interview’s Questions and Answers tab. Here you will then read everyone’s answer "
                           "to the same question side by side."));
    d->cards = new QWidget;
    d->cards->setObjectName(QStringLiteral("comparisonCards"));
    new QHBoxLayout(d->cards);
    d->scroll = new QScrollArea;
    d->scroll->setWidget(d->cards);
    d->scroll->setWidgetResizable(true);
    d->scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    d->pages = new QStackedWidget;
    d->pages->addWidget(d->nothing);
    d->pages->addWidget(d->scroll);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(d->summary);
    layout->addWidget(d->pages, 1);

    d->refresh.setSingleShot(true);
    d->refresh.setInterval(0);
    connect(&d->refresh, &QTimer::timeout, this, [this] {
        d->reloadScopes();
        d->reloadQuestions();
    });
    const auto later = [this] {
        if (isVisible())
            d->refresh.start();
    };
    connect(&workspace.interviewQuestions(), &InterviewQuestionRepository::listChanged, this, later);
    connect(&workspace.interviewQuestions(), &InterviewQuestionRepository::changed, this, later);
    connect(&workspace.interviews(), &InterviewRepository::changed, this, later);
    connect(&workspace.interviews(), &InterviewRepository::added, this, later);
    connect(&workspace.interviews(), &InterviewRepository::removed, this, later);
    connect(&workspace.careerFields(), &CareerFieldRepository::added, this, later);
    connect(&workspace.careerFields(), &CareerFieldRepository::changed, this, later);
    connect(&workspace.careerFields(), &CareerFieldRepository::removed, this, later);
    connect(&workspace.questions(), &QuestionRepository::changed, this, later);
    d->reloadScopes();
    d->reloadQuestions();
}

AnswerComparisonPage::~AnswerComparisonPage() = default;

void AnswerComparisonPage::showField(qint64 fieldId)
{
    d->scope = ComparisonScope();
    d->scope.fieldId = fieldId;
    d->reloadScopes();
    d->reloadQuestions();
}

void AnswerComparisonPage::showInterviews(const QList<qint64> &ids)
{
    d->scope = ComparisonScope();
    d->scope.interviewIds = ids;
    d->reloadScopes();
    d->reloadQuestions();
}

void AnswerComparisonPage::chooseInterviews()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Choose Interviews"));
    auto *text = new QLabel(tr("Tick the interviews whose answers you want to read side by side."));
    text->setWordWrap(true);
    auto *list = new QListWidget;
    list->setObjectName(QStringLiteral("interviewChoices"));
    InterviewQuery query;
    query.scope = InterviewQuery::Past;
    for (const Interview &interview : d->workspace.interviews().page(query, 0, -1)) {
        if (interview.status != InterviewStatus::Done)
            continue;
        QStringList parts{interview.personName};
        if (!interview.organizationName.isEmpty())
            parts << interview.organizationName;
        if (!interview.fieldName.isEmpty())
            parts << interview.fieldName;
        if (interview.isScheduled())
            parts << QLocale().toString(interview.scheduledStart.toLocalTime().date(), QLocale::ShortFormat);
        auto *item = new QListWidgetItem(parts.join(QStringLiteral(" · ")), list);
        item->setData(Qt::UserRole, interview.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(d->scope.interviewIds.contains(interview.id) ? Qt::Checked : Qt::Unchecked);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Compare"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addWidget(list, 1);
    layout->addWidget(buttons);
    dialog.resize(fontMetrics().averageCharWidth() * 70, fontMetrics().height() * 25);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QList<qint64> ids;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->checkState() == Qt::Checked)
            ids.append(list->item(row)->data(Qt::UserRole).toLongLong());
    }
    if (!ids.isEmpty())
        showInterviews(ids);
}

void AnswerComparisonPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    d->refresh.start(); // edits made while hidden
}

void AnswerComparisonPage::Private::reloadScopes()
{
    const QList<CareerField> fields = workspace.careerFields().all();
    if (scope.interviewIds.isEmpty() && scope.fieldId == 0) {
        // The first field that has answers to compare, else the first field.
        for (const CareerField &field : fields) {
            ComparisonScope candidate;
            candidate.fieldId = field.id;
            const QList<ComparedQuestion> asked = comparison.questions(candidate);
            if (std::any_of(asked.cbegin(), asked.cend(), [](const ComparedQuestion &c) { return c.answerCount > 0; })) {
                scope.fieldId = field.id;
                break;
            }
        }
        if (scope.fieldId == 0 && !fields.isEmpty())
            scope.fieldId = fields.first().id;
    }
    scopeCombo->clear();
    if (!scope.interviewIds.isEmpty())
        scopeCombo->addItem(QCoreApplication::translate("Inroad::AnswerComparisonPage", "The %n chosen interviews", nullptr,
                                                       int(scope.interviewIds.size())), qint64(-1));
    for (const CareerField &field : fields)
        scopeCombo->addItem(field.name, field.id);
    const int index = scopeCombo->findData(scope.interviewIds.isEmpty() ? scope.fieldId : qint64(-1));
    scopeCombo->setCurrentIndex(std::max(index, 0));
    if (scope.interviewIds.isEmpty() && index < 0 && !fields.isEmpty())
        scope.fieldId = fields.first().id;
}

void AnswerComparisonPage::Private::reloadQuestions()
{
    const ComparedQuestion previous = currentQuestion();
    questions = (scope.fieldId > 0 || !scope.interviewIds.isEmpty()) ? comparison.questions(scope)
                                                                      : QList<ComparedQuestion>();
    questionCombo->clear();
    int select = 0;
    for (int i = 0; i < questions.size(); ++i) {
        const ComparedQuestion &c = questions.at(i);
        questionCombo->addItem(tr("%1 — %2 of %3 answered").arg(c.text).arg(c.answerCount).arg(c.interviewCount));
        questionCombo->setItemData(i, c.text, Qt::ToolTipRole);
        if (c.questionId == previous.questionId && (c.questionId != 0 || c.text == previous.text))
            select = i;
    }
    if (previous.text.isEmpty()) {
        // First look: the closing question about referrals is answered most often, but a question
        // about the work itself says more.
        for (int i = 0; i < questions.size(); ++i) {
            if (!asksForReferrals(questions.at(i).text) && questions.at(i).answerCount > 1) {
                select = i;
                break;
            }
        }
    }
    questionCombo->setCurrentIndex(questions.isEmpty() ? -1 : select);
    showAnswers();
}

ComparedQuestion AnswerComparisonPage::Private::currentQuestion() const
{
    const int index = questionCombo->currentIndex();
    return index >= 0 && index < questions.size() ? questions.at(index) : ComparedQuestion();
}

QString AnswerComparisonPage::Private::scopeTitle() const
{
    if (!scope.interviewIds.isEmpty())
        return QCoreApplication::translate("Inroad::AnswerComparisonPage", "%n chosen interviews", nullptr,
                                           int(scope.interviewIds.size()));
    for (const CareerField &field : workspace.careerFields().all()) {
        if (field.id == scope.fieldId)
            return tr("Career field: %1").arg(field.name);
    }
    return {};
}

void AnswerComparisonPage::Private::showAnswers()
{
    const ComparedQuestion question = currentQuestion();
    answers = questions.isEmpty() ? QList<ComparedAnswer>() : comparison.answers(scope, question);
    exportButton->setEnabled(!answers.isEmpty());
    printButton->setEnabled(!answers.isEmpty());
    questionCombo->setEnabled(!questions.isEmpty());

    QLayout *layout = cards->layout();
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (answers.isEmpty()) {
        summary->clear();
        pages->setCurrentWidget(nothing);
        return;
    }
    int answered = 0;
    for (const ComparedAnswer &answer : std::as_const(answers)) {
        static_cast<QHBoxLayout *>(layout)->addWidget(card(answer), 0, Qt::AlignTop);
        if (!answer.answer.trimmed().isEmpty())
            ++answered;
    }
    static_cast<QHBoxLayout *>(layout)->addStretch();
    summary->setText(QCoreApplication::translate("Inroad::AnswerComparisonPage",
                                                 "%1 of %n interviews have an answer. Scroll sideways to read "
                                                 "them all; Export saves them as one document.",
                                                 nullptr, int(answers.size()))
                         .arg(answered));
    pages->setCurrentWidget(scroll);
}

QWidget *AnswerComparisonPage::Private::card(const ComparedAnswer &answer) const
{
    auto *frame = new QFrame;
    frame->setObjectName(QStringLiteral("answerCard"));
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setBackgroundRole(QPalette::Base);
    frame->setAutoFillBackground(true);
    frame->setFixedWidth(frame->fontMetrics().averageCharWidth() * kCardWidthChars);

    auto *who = new QLabel(QStringLiteral("<a href=\"interview:%1\">%2</a>")
                               .arg(answer.interviewId)
                               .arg(answer.personName.toHtmlEscaped()));
    who->setToolTip(tr("Open this interview"));
    QFont bold = who->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    who->setFont(bold);
    connect(who, &QLabel::linkActivated, q, [this, id = answer.interviewId] { emit q->interviewActivated(id); });

    QStringList where;
    if (!answer.personTitle.isEmpty())
        where << answer.personTitle;
    if (!answer.organizationName.isEmpty())
        where << answer.organizationName;
    auto *place = new QLabel(where.join(QStringLiteral(", ")));
    place->setWordWrap(true);
    place->setTextFormat(Qt::PlainText);
    auto *when = new QLabel(answer.when.isValid()
                                ? QLocale().toString(answer.when.toLocalTime().date(), QLocale::LongFormat)
                                : tr("Not scheduled"));
    when->setForegroundRole(QPalette::PlaceholderText);

    auto *text = new QLabel;
    text->setObjectName(QStringLiteral("answerText"));
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    if (answer.notAsked) {
        text->setTextFormat(Qt::PlainText);
        text->setText(tr("Not asked in this conversation."));
        text->setForegroundRole(QPalette::PlaceholderText);
    } else if (answer.answer.trimmed().isEmpty()) {
        text->setTextFormat(Qt::PlainText);
        text->setText(tr("No answer written down."));
        text->setForegroundRole(QPalette::PlaceholderText);
    } else {
        text->setTextFormat(Qt::MarkdownText);
        text->setText(answer.answer);
    }

    auto *layout = new QVBoxLayout(frame);
    layout->addWidget(who);
    if (!where.isEmpty())
        layout->addWidget(place);
    layout->addWidget(when);
    if (!answer.askedText.isEmpty() && answer.askedText != currentQuestion().text) {
        auto *asked = new QLabel(tr("Asked as: “%1”").arg(answer.askedText));
        asked->setWordWrap(true);
        asked->setTextFormat(Qt::PlainText);
        QFont italic = asked->font();
        italic.setItalic(true);
        asked->setFont(italic);
        layout->addWidget(asked);
    }
    auto *rule = new QFrame;
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);
    layout->addWidget(rule);
    layout->addWidget(text, 1);
    return frame;
}

} // namespace Inroad

#include "searchdialog.h"

#include "emptystate.h"
#include "searchresultmodel.h"
#include "workspace.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

namespace Inroad {

namespace {

// Long enough for a burst of keys to run one search, short enough not to feel like waiting.
constexpr int kTypingPauseMs = 60;
constexpr int kPaddingX = 10;
constexpr int kPaddingY = 5;
constexpr int kHitIndent = 8;
constexpr int kContextGap = 16;

QFont headerFont(const QFont &font)
{
    QFont f = font;
    f.setBold(true);
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * 0.85);
    else
        f.setPixelSize(qMax(8, f.pixelSize() * 85 / 100));
    return f;
}

QColor blend(const QColor &a, const QColor &b, qreal amountOfB)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * amountOfB,
                            a.greenF() + (b.greenF() - a.greenF()) * amountOfB,
                            a.blueF() + (b.blueF() - a.blueF()) * amountOfB);
}

// The width of the first @p length characters of @p text with the ranges in bold.
int markedWidth(const QString &text, const QList<SearchHit::Range> &ranges, int length, const QFontMetrics &plain,
                const QFontMetrics &bold)
{
    int width = 0;
    int at = 0;
    for (const SearchHit::Range &r : ranges) {
        if (r.start >= length)
            break;
        if (r.start < at)
            continue;
        const int end = qMin(r.start + r.length, length);
        width += plain.horizontalAdvance(text.mid(at, r.start - at))
                 + bold.horizontalAdvance(text.mid(r.start, end - r.start));
        at = end;
    }
    return width + plain.horizontalAdvance(text.mid(at, length - at));
}

/// @p text as HTML with its highlights, cut with "…" so that it fits @p width in @p font.
QString elidedHtml(const QString &text, const QList<SearchHit::Range> &ranges, const QFont &font, int width)
{
    QFont boldFont = font;
    boldFont.setBold(true);
    const QFontMetrics plain(font);
    const QFontMetrics bold(boldFont);
    // A little room for what the text layout does differently from plain measuring (kerning).
    const int room = width - 2;
    if (markedWidth(text, ranges, int(text.size()), plain, bold) <= room)
        return SearchHit::toHtml(text, ranges);
    const QChar ellipsis(0x2026);
    const int available = room - plain.horizontalAdvance(ellipsis);
    int fits = 0;
    int tooLong = int(text.size());
    while (tooLong - fits > 1) {
        const int middle = (fits + tooLong) / 2;
        if (markedWidth(text, ranges, middle, plain, bold) <= available)
            fits = middle;
        else
            tooLong = middle;
    }
    if (fits > 0 && text.at(fits - 1).isHighSurrogate())
        --fits;
    while (fits > 0 && text.at(fits - 1).isSpace())
        --fits;
    QList<SearchHit::Range> kept;
    for (const SearchHit::Range &r : ranges) {
        if (r.start < fits)
            kept.append({r.start, qMin(r.length, fits - r.start)});
    }
    return SearchHit::toHtml(text.left(fits), kept) + ellipsis;
}

/// Paints one line of HTML at @p rect, never wider or taller than it.
void drawHtmlLine(QPainter *painter, const QRect &rect, const QString &html, const QFont &font, const QColor &color)
{
    QTextDocument doc;
    doc.setDocumentMargin(0);
    doc.setDefaultFont(font);
    QTextOption option;
    option.setWrapMode(QTextOption::NoWrap);
    doc.setDefaultTextOption(option);
    doc.setHtml(html);

    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, color);
    context.clip = QRectF(0, 0, rect.width(), rect.height());
    painter->save();
    painter->translate(rect.topLeft());
    painter->setClipRect(context.clip);
    doc.documentLayout()->draw(painter, context);
    painter->restore();
}

/// Paints the group headings as small bold captions and each hit as two lines: its title (with
/// where it belongs, in grey, on the right) and its snippet.
class SearchResultDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (index.data(SearchResultModel::IsHeaderRole).toBool())
            paintHeader(painter, option, index);
        else
            paintHit(painter, option, index);
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (index.data(SearchResultModel::IsHeaderRole).toBool()) {
            const QFontMetrics metrics(headerFont(option.font));
            return {option.rect.width(), metrics.height() + (index.row() > 0 ? 3 : 1) * kPaddingY};
        }
        const QFontMetrics metrics(option.font);
        const bool twoLines = !index.data(SearchResultModel::SnippetHtmlRole).toString().isEmpty();
        return {option.rect.width(), metrics.lineSpacing() * (twoLines ? 2 : 1) + (twoLines ? 2 : 0) + 2 * kPaddingY};
    }

private:
    static void paintHeader(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index)
    {
        const QFont font = headerFont(option.font);
        const QFontMetrics metrics(font);
        const QRect rect = option.rect.adjusted(kPaddingX, 0, -kPaddingX, -kPaddingY / 2);
        painter->save();
        painter->setFont(font);
        painter->setPen(option.palette.color(QPalette::Active, QPalette::PlaceholderText));
        painter->drawText(rect, Qt::AlignLeft | Qt::AlignBottom,
                          metrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, rect.width()));
        painter->restore();
    }

    void paintHit(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
    {
        // The background, selection and focus as the style draws them, without the plain text.
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        const bool selected = option.state & QStyle::State_Selected;
        const QPalette::ColorGroup group = option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
        const QColor text = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
        const QColor background = option.palette.color(group, selected ? QPalette::Highlight : QPalette::Base);
        const QColor muted = blend(text, background, selected ? 0.25 : 0.45);

        const QFontMetrics metrics(option.font);
        const QRect rect = option.rect.adjusted(kPaddingX + kHitIndent, kPaddingY, -kPaddingX, -kPaddingY);
        QRect titleRect(rect.left(), rect.top(), rect.width(), metrics.lineSpacing());

        const auto *model = qobject_cast<const SearchResultModel *>(index.model());
        const std::optional<SearchHit> hit = model ? model->hit(index.row()) : std::nullopt;

        const QString context = index.data(SearchResultModel::ContextRole).toString();
        if (!context.isEmpty()) {
            // The context gets what a short title leaves, and at least two fifths of the line.
            int titleWidth = rect.width();
            if (hit) {
                QFont boldFont = option.font;
                boldFont.setBold(true);
                titleWidth = markedWidth(hit->title, hit->titleHighlights, int(hit->title.size()), metrics,
                                         QFontMetrics(boldFont));
            }
            const int contextWidth = qMin(metrics.horizontalAdvance(context),
                                          qMax(rect.width() * 2 / 5, rect.width() - titleWidth - kContextGap - 2));
            painter->save();
            painter->setFont(option.font);
            painter->setPen(muted);
            painter->drawText(titleRect, Qt::AlignRight | Qt::AlignVCenter,
                              metrics.elidedText(context, Qt::ElideRight, contextWidth));
            painter->restore();
            titleRect.setRight(titleRect.right() - contextWidth - kContextGap);
        }

        const QString titleHtml = hit ? elidedHtml(hit->title, hit->titleHighlights, option.font, titleRect.width())
                                      : index.data(SearchResultModel::TitleHtmlRole).toString();
        drawHtmlLine(painter, titleRect, titleHtml, option.font, text);

        const QRect snippetRect(rect.left(), titleRect.bottom() + 3, rect.width(), metrics.lineSpacing());
        const QString snippetHtml =
            hit ? elidedHtml(hit->snippet, hit->snippetHighlights, option.font, snippetRect.width())
                : index.data(SearchResultModel::SnippetHtmlRole).toString();
        if (!snippetHtml.isEmpty())
            drawHtmlLine(painter, snippetRect, snippetHtml, option.font, muted);
    }
};

} // namespace

SearchDialog::SearchDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_model(new SearchResultModel(workspace.search(), this))
{
    setWindowTitle(tr("Search Everywhere"));

    m_field = new QLineEdit;
    m_field->setObjectName(QStringLiteral("searchField"));
    m_field->setPlaceholderText(tr("Search people, organizations, interviews, answers and notes…"));
    m_field->setAccessibleName(tr("Search everywhere"));
    m_field->setClearButtonEnabled(true);
    QFont fieldFont = m_field->font();
    if (fieldFont.pointSizeF() > 0)
        fieldFont.setPointSizeF(fieldFont.pointSizeF() * 1.2);
    m_field->setFont(fieldFont);
    m_field->installEventFilter(this);

    m_list = new QListView;
    m_list->setObjectName(QStringLiteral("searchResults"));
    m_list->setAccessibleName(tr("Results"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new SearchResultDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->installEventFilter(this);
    connect(m_list, &QListView::doubleClicked, this, &SearchDialog::activate);

    m_message = new EmptyState;
    m_message->setObjectName(QStringLiteral("searchMessage"));

    // The list and the messages share one framed white box, so that nothing jumps between them.
    m_stack = new QStackedWidget;
    m_stack->setFrameStyle(m_list->frameStyle());
    m_stack->setBackgroundRole(QPalette::Base);
    m_stack->setAutoFillBackground(true);
    m_list->setFrameShape(QFrame::NoFrame);
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_message);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setTextFormat(Qt::PlainText);

    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(kTypingPauseMs);
    connect(m_timer, &QTimer::timeout, this, &SearchDialog::runQuery);
    // textEdited, not textChanged: setQuery() searches at once and needs no pause.
    connect(m_field, &QLineEdit::textEdited, m_timer, qOverload<>(&QTimer::start));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_field);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_status);

    resize(640, 480);
    updateState();
}

SearchDialog::~SearchDialog() = default;

void SearchDialog::setQuery(const QString &query)
{
    m_field->setText(query);
    runQuery();
}

QString SearchDialog::query() const
{
    return m_field->text();
}

std::optional<SearchHit> SearchDialog::currentHit() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? m_model->hit(current.row()) : std::nullopt;
}

bool SearchDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress || (watched != m_field && watched != m_list))
        return QDialog::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const int page =
        qMax(1, m_list->viewport()->height() / qMax(1, 2 * m_list->fontMetrics().lineSpacing() + 2 * kPaddingY));
    switch (key->key()) {
    case Qt::Key_Down: moveSelection(1); return true;
    case Qt::Key_Up: moveSelection(-1); return true;
    case Qt::Key_PageDown: moveSelection(page); return true;
    case Qt::Key_PageUp: moveSelection(-page); return true;
    case Qt::Key_Return:
    case Qt::Key_Enter: activateCurrent(); return true;
    default: break;
    }
    // Typing while the list has focus goes on typing in the field.
    if (watched == m_list && !key->text().isEmpty() && key->text().at(0).isPrint()) {
        m_field->setFocus();
        QCoreApplication::sendEvent(m_field, event);
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void SearchDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // Reopened, the last query is kept but typing replaces it.
    m_field->selectAll();
    m_field->setFocus();
}

void SearchDialog::runQuery()
{
    m_timer->stop();
    m_model->setQuery(m_field->text());
    m_list->scrollToTop();
    const int first = m_model->firstHitRow();
    if (first >= 0)
        selectRow(first);
    updateState();
}

void SearchDialog::updateState()
{
    const int hits = m_model->hitCount();
    const QString query = m_model->query().simplified();
    if (SearchIndex::queryTerms(query).isEmpty()) {
        m_message->setTitle(QString());
        m_message->setText(tr("Type words or the beginnings of words; case and accents don't matter."));
        m_stack->setCurrentWidget(m_message);
        m_status->clear();
        return;
    }
    if (hits == 0) {
        const QString error = m_workspace.search().lastError();
        if (!error.isEmpty()) {
            m_message->setTitle(tr("Search failed"));
            m_message->setText(error);
        } else {
            const QString shown = m_field->fontMetrics().elidedText(query, Qt::ElideMiddle,
                                                                    m_field->fontMetrics().averageCharWidth() * 40);
            m_message->setTitle(tr("Nothing matches “%1”.").arg(shown));
            m_message->setText(tr("Try fewer or shorter words."));
        }
        m_stack->setCurrentWidget(m_message);
        m_status->clear();
        return;
    }
    m_stack->setCurrentWidget(m_list);
    if (hits >= m_model->limit())
        m_status->setText(tr("The first %n results; add words to narrow them.", nullptr, hits));
    else
        m_status->setText(hits == 1 ? tr("1 result") : tr("%n results", nullptr, hits));
}

void SearchDialog::moveSelection(int steps)
{
    if (m_model->hitCount() == 0 || steps == 0)
        return;
    const int rows = m_model->rowCount();
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid() || !m_model->hit(current.row())) {
        int row = m_model->firstHitRow();
        if (steps < 0) {
            for (int r = rows - 1; r >= 0; --r) {
                if (m_model->hit(r)) {
                    row = r;
                    break;
                }
            }
        }
        selectRow(row);
        return;
    }
    const int direction = steps > 0 ? 1 : -1;
    int remaining = qAbs(steps);
    int target = current.row();
    for (int r = current.row() + direction; remaining > 0 && r >= 0 && r < rows; r += direction) {
        if (m_model->hit(r)) {
            target = r;
            --remaining;
        }
    }
    selectRow(target);
}

void SearchDialog::selectRow(int row)
{
    const QModelIndex index = m_model->index(row, 0);
    if (!index.isValid())
        return;
    m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    // The first hit of a group brings its heading into view with it.
    if (row > 0 && !m_model->hit(row - 1))
        m_list->scrollTo(m_model->index(row - 1, 0));
    m_list->scrollTo(index);
}

void SearchDialog::activate(const QModelIndex &index)
{
    const std::optional<SearchHit> hit = index.isValid() ? m_model->hit(index.row()) : std::nullopt;
    if (!hit)
        return;
    accept();
    emit hitActivated(*hit);
}

void SearchDialog::activateCurrent()
{
    // Enter right after typing: search for what is in the field now, not for what was there.
    if (m_timer->isActive())
        runQuery();
    activate(m_list->currentIndex());
}

} // namespace Inroad

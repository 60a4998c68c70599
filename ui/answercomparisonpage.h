#pragma once

#include <QWidget>

#include <memory>

namespace Inroad {

class Workspace;

/// Compare answers: pick a career field (or interviews) and a question, and read everyone's
/// answer side by side with who, where and when; export the comparison as PDF.
class AnswerComparisonPage final : public QWidget
{
    Q_OBJECT

public:
    explicit AnswerComparisonPage(Workspace &workspace, QWidget *parent = nullptr);
    ~AnswerComparisonPage() override;

    /// Compares within the career field @p fieldId (0: the first field with answers).
    void showField(qint64 fieldId);
    /// Compares the hand-picked interviews @p ids.
    void showInterviews(const QList<qint64> &ids);
    /// Asks which done interviews to compare, then shows them.
    void chooseInterviews();

signals:
    void interviewActivated(qint64 id);

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Inroad

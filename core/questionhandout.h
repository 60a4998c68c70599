#pragma once

#include "question.h"

#include <QList>

class QTextDocument;

namespace Inroad {

/// The whole question bank as a handout for counselors: a title, a short line on how to use it,
/// then each category as a heading with its questions below, one per line, each ending with its
/// question mark. Retired questions are left out.
void buildQuestionHandout(QTextDocument &document, const QList<QuestionCategory> &categories,
                          const QList<Question> &questions);

} // namespace Inroad

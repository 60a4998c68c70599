#pragma once

#include "question.h"

#include <QByteArray>
#include <QString>

namespace Inroad {

/// A question set written to a file a counselor can hand out (".inroad-questions", JSON):
///
///     { "format": "inroad-question-set", "version": 1, "name": "...", "description": "...",
///       "questions": [ { "text": "...", "minutes": 2, "category": "...", "tags": ["..."],
///                        "key": "shipped key, optional" } ] }
///
/// Ids are not written: they mean nothing in another workspace (see QuestionSetRepository::matchToBank).
QByteArray questionSetToJson(const QuestionSet &set);

struct QuestionSetReadResult
{
    QuestionSet set;   ///< ids are 0
    QString error;     ///< "file:line: what is wrong"; empty on success
    bool ok() const { return error.isEmpty(); }
};

/// Reads what questionSetToJson() writes. Anything else (not JSON, another format, a newer
/// version, a question without text, minutes that are not a positive number) is an error that
/// names @p fileName and, where it can, the line.
QuestionSetReadResult questionSetFromJson(const QByteArray &data, const QString &fileName);

/// The file suffix, without the dot.
inline QString questionSetSuffix() { return QStringLiteral("inroad-questions"); }

} // namespace Inroad

#pragma once

#include "question.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Inroad {

/// The question bank that ships with Inroad, read from resources/questions/default-bank.json:
///
///     { "format": "inroad-question-bank", "version": 1,
///       "categories": [ { "name": "A typical day",
///                         "questions": [ { "key": "day.typical", "text": "...?", "minutes": 3,
///                                          "tags": ["daily work"] } ] } ] }
///
/// Keys are stable forever: they are how a workspace recognises a shipped question after the
/// user edited it, and how "Restore shipped bank" finds it again.
struct ShippedBank
{
    QStringList categories;   ///< names, in order
    QList<Question> questions; ///< builtinKey, categoryName, text, minutes, tags, position set; ids 0
    QString error;            ///< empty when read

    bool ok() const { return error.isEmpty(); }
};

ShippedBank parseShippedBank(const QByteArray &json);
/// The bank compiled into the program (parsed once).
const ShippedBank &shippedBank();

} // namespace Inroad

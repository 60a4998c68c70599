#include "notetemplate.h"

#include <QCoreApplication>

namespace Inroad {

QString postInterviewNoteTemplate()
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("Inroad::NoteTemplate", text); };
    QString out;
    const auto section = [&out](const QString &heading, const QString &hint, const QString &start) {
        out += QStringLiteral("## ") + heading + QStringLiteral("\n\n");
        if (!hint.isEmpty())
            out += QStringLiteral("> ") + hint + QStringLiteral("\n\n");
        out += start + QStringLiteral("\n\n");
    };
    section(tr("What I learned"), tr("The day-to-day work, the path in, what surprised you."), QStringLiteral("- "));
    section(tr("What I still want to know"), tr("Questions there was no time for, or that came up afterwards."),
            QStringLiteral("- "));
    section(tr("Next steps"), QString(),
            QStringLiteral("- [ ] ") + tr("Send a thank-you message within a day") + QStringLiteral("\n- [ ] "));
    section(tr("Impressions"), tr("Would you like this work? This workplace? Why, or why not?"), QString());
    section(tr("Referrals"), tr("Who else to talk to, and may you say who sent you?"), QStringLiteral("- "));
    return out.trimmed() + QLatin1Char('\n');
}

} // namespace Inroad

#pragma once

#include "organization.h"
#include "person.h"
#include "profile.h"

#include <QList>
#include <QString>

namespace Inroad {

/// One reason a record cannot be saved as it is, tied to the field to fix.
struct ValidationProblem
{
    int field = -1;   ///< the record's Field value
    QString message;  ///< a full sentence for the user
    bool operator==(const ValidationProblem &o) const { return field == o.field && message == o.message; }
};

/// Well-formed e-mail address (local@domain.tld, no spaces); an empty string is valid.
bool isValidEmail(const QString &email);
/// Well-formed http(s) address with a host; an empty string is valid.
bool isValidWebUrl(const QString &url);

QList<ValidationProblem> validate(const Person &person);
QList<ValidationProblem> validate(const Organization &organization);
QList<ValidationProblem> validate(const Profile &profile);

} // namespace Inroad

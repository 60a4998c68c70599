#include "contactexport.h"

#include "csvreader.h"
#include "database.h"
#include "pipelinestage.h"
#include "vcard.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace Inroad::ContactExport {

namespace {

QString t(const char *text)
{
    return QCoreApplication::translate("Inroad::ContactExport", text);
}

/// The people, by name, with their organization's name and their tags ("a, b").
const QString kPeopleQuery = QStringLiteral(
    "SELECT p.first_name, p.last_name, p.pronunciation, p.salutation, COALESCE(o.name, ''), p.title, p.email, p.phone, "
    "p.linkedin_url, p.address, p.source, "
    "COALESCE((SELECT group_concat(name, ', ') FROM (SELECT t.name FROM person_tags pt JOIN tags t ON t.id = pt.tag_id "
    "WHERE pt.person_id = p.id ORDER BY t.name COLLATE NOCASE)), ''), p.pipeline_stage "
    "FROM people p LEFT JOIN organizations o ON o.id = p.organization_id "
    "ORDER BY p.last_name COLLATE NOCASE, p.first_name COLLATE NOCASE, p.id");

bool runQuery(QSqlQuery &q, QString *error)
{
    q.setForwardOnly(true);
    if (q.exec(kPeopleQuery))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

} // namespace

int peopleCount(const Database &db)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM people")) && q.next() ? q.value(0).toInt() : 0;
}

QByteArray csv(const Database &db, bool bom, QString *error)
{
    QSqlQuery q(db.connection());
    if (!runQuery(q, error))
        return {};
    // Column names in English whatever the language: other programs map them by name.
    QString text = csvLine({QStringLiteral("First Name"), QStringLiteral("Last Name"), QStringLiteral("Pronunciation"),
                            QStringLiteral("Salutation"), QStringLiteral("Organization"), QStringLiteral("Title"),
                            QStringLiteral("E-mail"), QStringLiteral("Phone"), QStringLiteral("LinkedIn"),
                            QStringLiteral("Address"), QStringLiteral("Source"), QStringLiteral("Tags"),
                            QStringLiteral("Stage")});
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < 12; ++i)
            fields << q.value(i).toString();
        fields << pipelineStageName(pipelineStageFromInt(q.value(12).toInt()));
        text += csvLine(fields);
    }
    QByteArray bytes = text.toUtf8();
    if (bom)
        bytes.prepend("\xEF\xBB\xBF");
    return bytes;
}

QByteArray vcard(const Database &db, bool version4, QString *error)
{
    QSqlQuery q(db.connection());
    if (!runQuery(q, error))
        return {};
    QList<VCardContact> contacts;
    while (q.next()) {
        VCardContact card;
        card.givenName = q.value(0).toString();
        card.familyName = q.value(1).toString();
        card.honorificPrefix = q.value(3).toString();
        card.formattedName = QString(card.givenName + QLatin1Char(' ') + card.familyName).trimmed();
        card.organization = q.value(4).toString();
        card.title = q.value(5).toString();
        if (const QString email = q.value(6).toString(); !email.isEmpty())
            card.emails.append({email, {QStringLiteral("internet")}});
        if (const QString phone = q.value(7).toString(); !phone.isEmpty())
            card.phones.append({phone, {QStringLiteral("voice")}});
        if (const QString url = q.value(8).toString(); !url.isEmpty())
            card.urls.append({url, {}});
        card.address = q.value(9).toString();
        const QString pronunciation = q.value(2).toString();
        if (!pronunciation.isEmpty())
            card.note = t("Pronunciation: %1").arg(pronunciation);
        contacts << card;
    }
    return writeVCards(contacts, version4);
}

} // namespace Inroad::ContactExport

#pragma once

#include "pipelinestage.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Inroad {

/// A person the user may talk to. A value type: repositories read and write whole snapshots.
struct Person
{
    /// The editable fields, for forms, list columns and undo texts.
    enum Field {
        FirstName,
        LastName,
        Pronunciation,
        Salutation,
        Title,
        OrganizationId,
        Email,
        Phone,
        LinkedInUrl,
        Address,
        Source,
        Tags,
        RelationshipStrength,
        Stage,
        BusinessCard,
        KeepInTouchWeeks,
        FieldCount
    };

    qint64 id = 0;
    QString firstName;
    QString lastName;
    QString pronunciation;
    QString salutation;
    QString title;
    qint64 organizationId = 0;   ///< 0: none
    QString organizationName;    ///< read-only, filled in by the repository
    QString email;
    QString phone;
    QString linkedInUrl;
    QString address;
    QString source;              ///< how the user found this person
    QStringList tags;
    int relationshipStrength = 0; ///< 0 (none yet) to 5 (close)
    PipelineStage stage = PipelineStage::Identified;
    bool stageSetByHand = false;
    bool businessCardReceived = false;
    int keepInTouchWeeks = 0;     ///< 0: the workspace's default cadence
    QDateTime createdAt;
    QDateTime updatedAt;

    /// "First Last", or whichever part exists.
    QString displayName() const;

    QVariant value(Field field) const;
    void setValue(Field field, const QVariant &value);
    static QString fieldLabel(Field field);

    /// Equal in every stored, editable field (timestamps and joined names are not compared).
    bool sameContent(const Person &other) const;
};

/// Normalises a tag list: trimmed, no empties, no duplicates (case-insensitive), sorted.
QStringList normalizedTags(const QStringList &tags);

} // namespace Inroad

Q_DECLARE_METATYPE(Inroad::Person)

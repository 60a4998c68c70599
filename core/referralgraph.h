#pragma once

#include "pipelinestage.h"

#include <QDate>
#include <QList>
#include <QString>

namespace Inroad {

class Database;

/// Which people the referral graph shows. Edges are kept when both ends are shown; "Me" is always
/// shown.
struct ReferralGraphFilter
{
    qint64 fieldId = 0;         ///< 0: any career field (people linked through person_fields or an interview)
    qint64 organizationId = 0;  ///< 0: any organization
    int stage = -1;             ///< a PipelineStage, or -1 for all
};

struct ReferralGraphNode
{
    qint64 id = 0;              ///< person id; 0 is the user ("Me")
    QString name;               ///< "First Last"; for the user, the translated word "Me"
    QString organization;
    PipelineStage stage = PipelineStage::Identified;
};

struct ReferralGraphEdge
{
    qint64 id = 0;              ///< referral id
    qint64 from = 0;            ///< referrer; 0: the user found them
    qint64 to = 0;
    QDate referredOn;
    bool mayMention = false;
    QString note;
};

/// The referral graph as read from a workspace: every person shown and every referral between
/// them. People the user found on their own hang off "Me" only when a referral row says so
/// (referrer NULL); everyone else without any referral is a node without edges.
struct ReferralGraph
{
    QList<ReferralGraphNode> nodes;   ///< "Me" first, then people by name
    QList<ReferralGraphEdge> edges;

    /// The chain of referral ids from "Me" to @p personId along introductions (breadth-first,
    /// shortest), or empty when there is none.
    QList<qint64> chainTo(qint64 personId) const;
};

/// Reads the referral graph; all its SQL is here. Read-only.
class ReferralGraphRepository final
{
public:
    explicit ReferralGraphRepository(const Database &db) : m_db(db) {}
    ReferralGraph load(const ReferralGraphFilter &filter = ReferralGraphFilter()) const;

private:
    const Database &m_db;
};

} // namespace Inroad

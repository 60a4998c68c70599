#pragma once

#include "profile.h"
#include "repository.h"

namespace Inroad {

/// The single profile row of a workspace.
class ProfileRepository final : public Repository
{
    Q_OBJECT

public:
    explicit ProfileRepository(Database &db, QObject *parent = nullptr);

    /// The profile; an empty one when none has been saved yet.
    Profile get() const;
    bool update(const Profile &profile);

    /// Whether the first-run welcome has been shown (or skipped) for this workspace.
    bool welcomeDone() const;
    bool setWelcomeDone(bool done);
};

} // namespace Inroad

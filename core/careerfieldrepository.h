#pragma once

#include "careerfield.h"
#include "repository.h"

#include <QList>

namespace Inroad {

/// All SQL about career fields. Signals report committed changes.
class CareerFieldRepository final : public Repository
{
    Q_OBJECT

public:
    explicit CareerFieldRepository(Database &db, QObject *parent = nullptr);

    std::optional<CareerField> find(qint64 id) const;
    /// Every field, by name.
    QList<CareerField> all() const;

    bool add(CareerField &field);
    bool update(const CareerField &field);
};

} // namespace Inroad

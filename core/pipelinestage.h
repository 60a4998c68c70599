#pragma once

#include <QString>

namespace Inroad {

/// Where a person stands in the informational-interview pipeline, in the order the method runs.
enum class PipelineStage {
    Identified = 0,
    Contacted = 1,
    Scheduled = 2,
    Interviewed = 3,
    Thanked = 4,
    KeepingInTouch = 5,
};

inline constexpr int kPipelineStageCount = 6;

/// The stage's name as the user reads it ("Keeping in touch").
QString pipelineStageName(PipelineStage stage);

/// A stage from its stored number; out-of-range values fall back to Identified.
PipelineStage pipelineStageFromInt(int value);

} // namespace Inroad

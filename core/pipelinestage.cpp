#include "pipelinestage.h"

#include <QCoreApplication>

namespace Inroad {

QString pipelineStageName(PipelineStage stage)
{
    switch (stage) {
    case PipelineStage::Identified:
        return QCoreApplication::translate("Inroad::PipelineStage", "Identified");
    case PipelineStage::Contacted:
        return QCoreApplication::translate("Inroad::PipelineStage", "Contacted");
    case PipelineStage::Scheduled:
        return QCoreApplication::translate("Inroad::PipelineStage", "Scheduled");
    case PipelineStage::Interviewed:
        return QCoreApplication::translate("Inroad::PipelineStage", "Interviewed");
    case PipelineStage::Thanked:
        return QCoreApplication::translate("Inroad::PipelineStage", "Thanked");
    case PipelineStage::KeepingInTouch:
        return QCoreApplication::translate("Inroad::PipelineStage", "Keeping in touch");
    }
    return {};
}

PipelineStage pipelineStageFromInt(int value)
{
    if (value < 0 || value >= kPipelineStageCount)
        return PipelineStage::Identified;
    return static_cast<PipelineStage>(value);
}

} // namespace Inroad

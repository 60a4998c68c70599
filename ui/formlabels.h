#pragma once

class QWidget;

namespace Inroad {

/// Gives every QFormLayout label inside @p container the width of the widest one, so that the
/// fields of a form split into several group boxes start at the same x position.
void alignFormLabels(QWidget *container);

} // namespace Inroad

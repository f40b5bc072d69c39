#pragma once

#include "entry.h"

#include <QColor>
#include <QIcon>

// Colours that mark a code's class. Always shown beside a text marker, never alone.
namespace ClassColors {
QColor color(const Entry &entry);
QIcon swatch(const Entry &entry);
} // namespace ClassColors

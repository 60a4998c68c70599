#pragma once

#include <QString>

namespace Inroad {

/// The headings of the note to write right after an interview, as Markdown ready to fill in:
/// what was learned, what is still open, next steps, impressions and referrals. Translated.
QString postInterviewNoteTemplate();

} // namespace Inroad

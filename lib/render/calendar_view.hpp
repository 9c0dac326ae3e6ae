#pragma once
/// `pmadmin calendar`: the working calendar a month or a year at a time, with holidays and
/// make-up working days marked and named.
#include <string>

#include "model/model.hpp"
#include "render/format.hpp"

namespace pmadmin {

/// `months` months from the month of `first` (text: one grid per month; json: every day).
std::string render_calendar(const Project& p, Date first, int months, OutputFormat format);

}  // namespace pmadmin

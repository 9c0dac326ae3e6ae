#pragma once
/// The plain-words meaning of every figure pmadmin shows (issue: numbers a non-PM can
/// trust): one line for tables and the report's "What these numbers mean", and a short
/// explanation with the formula for `pmadmin explain TERM`.
#include <string>
#include <vector>

#include "base/result.hpp"

namespace pmadmin {

struct GlossaryTerm {
  std::string key;                   ///< "spi", "critical-path"
  std::vector<std::string> aliases;  ///< other spellings accepted by `explain`
  std::string name;                  ///< "SPI (schedule performance index)"
  std::string meaning;               ///< one line in plain words
  std::string how;                   ///< how it is computed
  std::string reading;               ///< how to read it: what is good, what to do
  std::string shown_by;              ///< the commands that show it
};

/// Every term, in the order `explain` lists them.
const std::vector<GlossaryTerm>& glossary();

/// A term by key or alias, case-insensitive, spaces read as '-' ("critical path"); a usage
/// error with "did you mean" otherwise.
Result<const GlossaryTerm*> find_term(const std::string& word);

/// `pmadmin explain` (every term, one line each) and `pmadmin explain TERM`.
std::string render_glossary(const std::vector<const GlossaryTerm*>& terms, bool full);

}  // namespace pmadmin

#pragma once
/// Changes to the risk register (SPEC §2 `risk`): identify, assess, respond, close, reopen.
/// Every change appends one entry to the risk's history (date, who, the probability and
/// impact then, and what happened); the history is never rewritten.
#include <optional>
#include <string>
#include <vector>

#include "base/money.hpp"
#include "model/change.hpp"
#include "model/identity.hpp"
#include "model/model.hpp"

namespace pmadmin {

struct NewRisk {
  std::string id;  ///< default r-xxxx
  std::string title;
  bool opportunity = false;
  std::string category;
  int probability = 3;  ///< 1-5
  int impact = 3;       ///< 1-5
  std::string owner;
  std::string response;
  std::string plan;
  std::string trigger;
  std::optional<Money> cost_impact;
  std::optional<Date> review_by;
  std::vector<std::string> tasks;
  int delay_days = 0;
};
Result<Outcome> add_risk(Project& p, const NewRisk& spec, const IdentitySources& who, Date today);

/// A new assessment: either or both of probability and impact (1-5).
Result<Outcome> assess_risk(Project& p, const std::string& id, std::optional<int> probability,
                            std::optional<int> impact, const std::string& note, const IdentitySources& who, Date today);

/// The response (the kind's own words), its plan and owner; unchanged where not given.
Result<Outcome> respond_risk(Project& p, const std::string& id, const std::string& response, const std::string& plan,
                             const std::string& owner, const IdentitySources& who, Date today);

/// Closes an open risk; a high or critical one needs close-risk (exit 3, nothing written).
Result<Outcome> close_risk(Project& p, const std::string& id, const std::string& reason, const IdentitySources& who,
                           Date today);
Result<Outcome> reopen_risk(Project& p, const std::string& id, const std::string& reason, const IdentitySources& who,
                            Date today);

}  // namespace pmadmin

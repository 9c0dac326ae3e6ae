#include "edit/risks.hpp"

#include <fmt/format.h>
#include <algorithm>

#include "base/i18n.hpp"
#include "base/ids.hpp"
#include "base/text.hpp"

namespace pmadmin {

namespace {

Result<Risk*> find_risk(Project& p, const std::string& id) {
  auto it = p.risks.find(id);
  if (it == p.risks.end()) return unknown_id("risk", id, ids_of(p.risks));
  return &it->second;
}

Status check_scale(const char* what, std::optional<int> value) {
  if (value && (*value < 1 || *value > 5))
    return usage_error(trf("{} {} is out of range: it runs from 1 to 5", what, *value),
                       tr("1 very low, 2 low, 3 medium, 4 high, 5 very high"));
  return ok_status();
}

Status check_person(const Project& p, const std::string& id) {
  if (id.empty() || p.people.count(id)) return ok_status();
  return unknown_id("person", id, ids_of(p.people));
}

Status check_text(const char* what, const std::string& text, bool multiline) {
  if (auto why = text_problem(text, multiline)) return usage_error(trf("the {} {}", what, *why));
  return ok_status();
}

Status check_response(RiskKind kind, const std::string& response) {
  if (response.empty()) return ok_status();
  const auto& allowed = risk_responses(kind);
  if (std::find(allowed.begin(), allowed.end(), response) != allowed.end()) return ok_status();
  return usage_error(
      trf("\"{}\" is not a response to {}", response, kind == RiskKind::threat ? tr("a threat") : tr("an opportunity")),
      did_you_mean(response, allowed, trf("the responses are: {}", join_some(allowed))));
}

/// "3x4=12 high"
std::string score_text(const Project& p, int probability, int impact) {
  const int score = probability * impact;
  return fmt::format("{}x{}={} {}", probability, impact, score, p.config.risk_levels.level(score));
}

/// The category's ID, also when it was given by its title (进度 for schedule).
std::string category_of(const Project& p, const std::string& given) {
  const std::string id = given.empty() ? "" : p.config.risk_category_id(given);
  return id.empty() ? given : id;
}

Status check_new_risk(const Project& p, const NewRisk& s, const std::string& id) {
  if (auto problem = id_problem(id))
    return usage_error(trf("\"{}\" is not a valid ID: {}", id, *problem), id_fix_hint(id, "r-vendor-delay"));
  if (p.risks.count(id)) return usage_error(trf("risk \"{}\" already exists", id), tr("choose another --id"));
  if (s.title.empty()) return usage_error(tr("a risk needs a title: what might happen"));
  for (auto [what, text, multi] :
       {std::tuple{"title", &s.title, false}, {"plan", &s.plan, true}, {"trigger", &s.trigger, true}})
    if (Status st = check_text(what, *text, multi); !st) return st;
  if (Status st = check_scale("probability", s.probability); !st) return st;
  if (Status st = check_scale("impact", s.impact); !st) return st;
  if (Status st = check_person(p, s.owner); !st) return st;
  if (Status st = check_response(s.opportunity ? RiskKind::opportunity : RiskKind::threat, s.response); !st) return st;
  const auto& categories = p.config.risk_categories;
  const std::string category = category_of(p, s.category);
  if (!category.empty()) {
    if (auto problem = id_problem(category))
      return usage_error(trf("\"{}\" is not a valid category: {}", category, *problem),
                         id_fix_hint(category, "vendor"));
    if (!categories.empty() && std::find(categories.begin(), categories.end(), category) == categories.end())
      return usage_error(
          trf("unknown risk category \"{}\"", category),
          did_you_mean(category, categories, trf("the categories of this project are: {}", join_some(categories))));
  }
  for (const auto& t : s.tasks)
    if (!p.tasks.count(t)) return unknown_id("task", t, ids_of(p.tasks));
  if (s.delay_days < 0) return usage_error(tr("--delay cannot be negative"));
  if (s.delay_days && s.tasks.empty())
    return usage_error(tr("a delay needs the tasks it would delay"), tr("add --task ID[,ID...]"));
  if (s.delay_days && s.opportunity)
    return usage_error(tr("an opportunity does not delay the schedule: --delay is for threats"));
  if (s.cost_impact && s.cost_impact->minor() < 0)
    return usage_error(
        tr("--cost-impact cannot be negative: it is the amount at stake, for a threat or an opportunity"));
  return ok_status();
}

}  // namespace

Result<Outcome> add_risk(Project& p, const NewRisk& s, const IdentitySources& who, Date today) {
  const std::string id =
      s.id.empty() ? random_id("r", [&](const std::string& c) { return p.risks.count(c) > 0; }) : s.id;
  if (Status st = check_new_risk(p, s, id); !st) return st.errors();
  auto actor = resolve_actor(p, who);
  if (!actor) return actor.errors();
  Risk r;
  r.id = id;
  r.title = s.title;
  r.kind = s.opportunity ? RiskKind::opportunity : RiskKind::threat;
  r.category = category_of(p, s.category);
  r.probability = s.probability;
  r.impact = s.impact;
  r.owner = s.owner;
  r.response = s.response;
  r.plan = s.plan;
  r.trigger = s.trigger;
  r.cost_impact = s.cost_impact;
  r.review_by = s.review_by;
  r.tasks = s.tasks;
  r.delay_days = s.delay_days;
  r.history.push_back(Assessment{today, *actor, RiskEvent::identify, s.probability, s.impact, s.response, s.owner, ""});
  Outcome out;
  out.created(EntityKind::risk, id);
  out.summary = r.kind == RiskKind::threat
                    ? trf("threat {}: {}, \"{}\"", id, score_text(p, r.probability, r.impact), r.title)
                    : trf("opportunity {}: {}, \"{}\"", id, score_text(p, r.probability, r.impact), r.title);
  p.risks.emplace(id, std::move(r));
  return out;
}

Result<Outcome> assess_risk(Project& p, const std::string& id, std::optional<int> probability,
                            std::optional<int> impact, const std::string& note, const IdentitySources& who,
                            Date today) {
  auto r = find_risk(p, id);
  if (!r) return r.errors();
  if (!probability && !impact) return usage_error(tr("an assessment gives --probability, --impact or both (1-5)"));
  if (Status st = check_scale("probability", probability); !st) return st.errors();
  if (Status st = check_scale("impact", impact); !st) return st.errors();
  if (Status st = check_text("note", note, true); !st) return st.errors();
  auto actor = resolve_actor(p, who);
  if (!actor) return actor.errors();
  Risk& risk = **r;
  const std::string before = score_text(p, risk.probability, risk.impact);
  risk.probability = probability.value_or(risk.probability);
  risk.impact = impact.value_or(risk.impact);
  risk.history.push_back(Assessment{today, *actor, RiskEvent::assess, risk.probability, risk.impact, "", "", note});
  Outcome out;
  out.changed(EntityKind::risk, id);
  out.summary = trf("{}: {} -> {}", id, before, score_text(p, risk.probability, risk.impact));
  return out;
}

Result<Outcome> respond_risk(Project& p, const std::string& id, const std::string& response, const std::string& plan,
                             const std::string& owner, const IdentitySources& who, Date today) {
  auto r = find_risk(p, id);
  if (!r) return r.errors();
  Risk& risk = **r;
  if (response.empty() && plan.empty() && owner.empty())
    return usage_error(
        tr("a response gives --response, --plan or --owner"),
        trf("the responses to this {} are: {}", risk.kind == RiskKind::threat ? tr("threat") : "opportunity",
            join_some(risk_responses(risk.kind))));
  if (Status st = check_response(risk.kind, response); !st) return st.errors();
  if (Status st = check_text("plan", plan, true); !st) return st.errors();
  if (Status st = check_person(p, owner); !st) return st.errors();
  auto actor = resolve_actor(p, who);
  if (!actor) return actor.errors();
  if (!response.empty()) risk.response = response;
  if (!plan.empty()) risk.plan = plan;
  if (!owner.empty()) risk.owner = owner;
  risk.history.push_back(
      Assessment{today, *actor, RiskEvent::respond, risk.probability, risk.impact, response, owner, plan});
  Outcome out;
  out.changed(EntityKind::risk, id);
  out.summary = trf("{}: response {}, owner {}", id, risk.response.empty() ? tr("none") : risk.response,
                    risk.owner.empty() ? tr("none") : risk.owner);
  return out;
}

Result<Outcome> close_risk(Project& p, const std::string& id, const std::string& reason, const IdentitySources& who,
                           Date today) {
  auto r = find_risk(p, id);
  if (!r) return r.errors();
  Risk& risk = **r;
  if (risk.status == RiskStatus::closed)
    return usage_error(trf("risk {} is already closed", id), tr("reopen it with: pmadmin risk reopen ") + id);
  if (reason.empty()) return usage_error(tr("closing a risk needs --reason: why it can no longer happen or matter"));
  if (Status st = check_text("reason", reason, true); !st) return st.errors();
  const RiskLevel level = p.config.risk_levels.level(risk.probability * risk.impact);
  auto actor = level >= RiskLevel::high ? require_permission(p, who, GuardedAction::close_risk) : resolve_actor(p, who);
  if (!actor) return actor.errors();
  risk.status = RiskStatus::closed;
  risk.closed_reason = reason;
  risk.history.push_back(Assessment{today, *actor, RiskEvent::close, risk.probability, risk.impact, "", "", reason});
  Outcome out;
  out.changed(EntityKind::risk, id);
  out.summary = trf("{}: closed ({})", id, score_text(p, risk.probability, risk.impact));
  return out;
}

Result<Outcome> reopen_risk(Project& p, const std::string& id, const std::string& reason, const IdentitySources& who,
                            Date today) {
  auto r = find_risk(p, id);
  if (!r) return r.errors();
  Risk& risk = **r;
  if (risk.status == RiskStatus::open) return usage_error(trf("risk {} is open already", id));
  if (Status st = check_text("reason", reason, true); !st) return st.errors();
  auto actor = resolve_actor(p, who);
  if (!actor) return actor.errors();
  risk.status = RiskStatus::open;
  risk.closed_reason.clear();
  risk.history.push_back(Assessment{today, *actor, RiskEvent::reopen, risk.probability, risk.impact, "", "", reason});
  Outcome out;
  out.changed(EntityKind::risk, id);
  out.summary = trf("{}: reopened ({})", id, score_text(p, risk.probability, risk.impact));
  return out;
}

}  // namespace pmadmin

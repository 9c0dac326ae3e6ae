// Check rules on money, risk and satisfaction: budget and forecast overruns, CPI and SPI,
// unowned high risks, overdue risk reviews, NPS below target.
#include <fmt/format.h>
#include <cmath>

#include "analysis/check_rules.hpp"
#include "analysis/risk.hpp"
#include "analysis/survey.hpp"
#include "base/i18n.hpp"
#include "plan/calendar.hpp"

namespace pmadmin::rules {

namespace {

const Source& budget_source(const Project& p) {
  static const Source config_fallback{kConfigFile, {}};
  return p.budget ? p.budget->src : (p.config.src.file.empty() ? config_fallback : p.config.src);
}

RuleOutcome index_rule(const CheckInput& in, double threshold, const std::optional<double>& index, const char* name,
                       const std::string& meaning) {
  RuleOutcome out;
  out.checked.push_back("project");
  if (!index || *index >= threshold) return out;
  Finding f = at(budget_source(in.project), "categories", "project",
                 trf("{} is {:.2f}, below {:.2f}: {}", name, *index, threshold, meaning));
  f.numbers = {{name, fmt::format("{:.4f}", *index)}, {"threshold", fmt::format("{}", threshold)}};
  out.findings.push_back(f);
  return out;
}

}  // namespace

RuleOutcome budget_overrun(const CheckInput& in, double) {
  RuleOutcome out;
  const Project& p = in.project;
  if (!p.budget) return out;
  for (const auto& c : in.budget.categories) {
    out.checked.push_back(c.category);
    if (!c.overrun) continue;
    Money over = c.spent.minus(c.budget).value_or(Money{});
    Finding f = at(p.budget->src, "categories." + c.category + ".planned", c.category,
                   trf("budget line {} is overspent: {} spent of {} ({} over, {}% used)", c.category,
                       c.spent.display(in.budget.currency), c.budget.grouped(), over.grouped(),
                       c.used ? std::to_string(std::lround(*c.used * 100)) : "-"));
    f.numbers = {{"spent", c.spent.str()}, {"budget", c.budget.str()}, {"over", over.str()}};
    out.findings.push_back(f);
  }
  out.checked.push_back("total");
  const CategoryStatus& t = in.budget.total;
  if (t.overrun) {
    Money over = t.spent.minus(t.budget).value_or(Money{});
    Finding f = at(p.budget->src, "categories", "total",
                   trf("the whole budget is overspent: {} spent of {} ({} over)", t.spent.display(in.budget.currency),
                       t.budget.grouped(), over.grouped()));
    f.numbers = {{"spent", t.spent.str()}, {"budget", t.budget.str()}, {"over", over.str()}};
    out.findings.push_back(f);
  }
  return out;
}

RuleOutcome forecast_overrun(const CheckInput& in, double share) {
  RuleOutcome out;
  const Evm& e = in.budget.evm;
  out.checked.push_back("project");
  if (!e.eac || e.bac.minor() <= 0) return out;
  double over = static_cast<double>(e.eac->minor() - e.bac.minor()) / static_cast<double>(e.bac.minor());
  if (over <= share) return out;
  Finding f = at(budget_source(in.project), "categories", "project",
                 trf("at the cost efficiency so far (CPI {:.2f}) the work will cost {}, {} over the {} planned "
                     "(threshold {})",
                     *e.cpi, e.eac->display(in.budget.currency), pct(over), e.bac.grouped(), pct(share)));
  f.numbers = {{"eac", e.eac->str()}, {"bac", e.bac.str()}, {"cpi", fmt::format("{:.4f}", *e.cpi)}};
  out.findings.push_back(f);
  return out;
}

RuleOutcome low_cpi(const CheckInput& in, double t) {
  const Evm& e = in.budget.evm;
  return index_rule(in, t, e.cpi, "CPI", trf("the work done is worth {} but cost {}", e.ev.grouped(), e.ac.grouped()));
}

RuleOutcome low_spi(const CheckInput& in, double t) {
  const Evm& e = in.budget.evm;
  return index_rule(in, t, e.spi, "SPI",
                    trf("the work done is worth {} of the {} planned by now", e.ev.grouped(), e.pv.grouped()));
}

RuleOutcome unowned_high_risk(const CheckInput& in, double) {
  RuleOutcome out;
  for (const auto& [id, r] : in.project.risks) {
    if (r.status != RiskStatus::open) continue;
    const int score = risk_score(r);
    const RiskLevel level = risk_level(in.project, r);
    if (level < RiskLevel::high) continue;
    out.checked.push_back(id);
    std::vector<std::string> missing;
    if (r.owner.empty()) missing.push_back(tr("no owner"));
    if (r.response.empty()) missing.push_back(tr("no response"));
    if (missing.empty()) continue;
    Finding f = at(r.src, r.owner.empty() ? "owner" : "response", id,
                   trf("risk {} {} scores {} ({}) and has {}", id, quoted(r.title), score, level,
                       missing.size() == 2 ? tr("no owner and no response") : missing[0]));
    f.numbers = {{"score", std::to_string(score)}};
    out.findings.push_back(f);
  }
  return out;
}

RuleOutcome risk_review_overdue(const CheckInput& in, double) {
  RuleOutcome out;
  const Project& p = in.project;
  WorkCalendar cal(p.config.calendar, p.config.start);
  for (const auto& [id, r] : p.risks) {
    if (r.status != RiskStatus::open || !r.review_by) continue;
    out.checked.push_back(id);
    if (!(*r.review_by < in.today)) continue;
    long late = cal.workdays_between(r.review_by->plus_days(1), in.today);
    Finding f = at(
        r.src, "review-by", id,
        trf("risk {} {} was to be reviewed by {}, {} ago", id, quoted(r.title), r.review_by->iso(), days_text(late)));
    f.numbers = {{"review_by", r.review_by->iso()}, {"working_days_late", std::to_string(late)}};
    out.findings.push_back(f);
  }
  return out;
}

RuleOutcome nps_below_target(const CheckInput& in, double target) {
  RuleOutcome out;
  const Project& p = in.project;
  const SurveyScore* latest = nullptr;
  auto trend = survey_trend(p);
  for (const auto& s : trend)
    if (s.nps) latest = &s;
  if (!latest) return out;
  out.checked.push_back(latest->survey);
  if (*latest->nps >= target) return out;
  const Survey& s = p.surveys.at(latest->survey);
  Finding f =
      at(s.src, "title", latest->survey,
         trf("survey {} {}: NPS is {} ({}, {}, {}), below the target of {}", latest->survey, quoted(latest->title),
             *latest->nps, trnf("{} promoter", "{} promoters", latest->promoters, latest->promoters),
             trnf("{} passive", "{} passives", latest->passives, latest->passives),
             trnf("{} detractor", "{} detractors", latest->detractors, latest->detractors), static_cast<long>(target)));
  f.numbers = {{"nps", std::to_string(*latest->nps)}, {"target", fmt::format("{}", target)}};
  out.findings.push_back(f);
  return out;
}

}  // namespace pmadmin::rules

#include "store/validate.hpp"

#include <fmt/format.h>
#include <algorithm>

#include "base/i18n.hpp"
#include "base/text.hpp"
#include "plan/network.hpp"
#include "store/yaml_tree.hpp"

namespace pmadmin {

namespace {

class RefChecker {
 public:
  explicit RefChecker(const Project& p) : p_(p) {
    people_ = ids_of(p.people);
    tasks_ = ids_of(p.tasks);
    roles_ = ids_of(p.config.roles);
    std::sort(roles_.begin(), roles_.end());
    if (p.budget) categories_ = ids_of(p.budget->categories);
    std::sort(categories_.begin(), categories_.end());
  }

  Diagnostics errors;

  /// `known` is sorted (ids_of a std::map, or sorted in the constructor): a binary search
  /// keeps validation linear-logarithmic at 100,000 tasks.
  void check(const Source& src, const std::string& field, const std::string& id, const std::vector<std::string>& known,
             const char* what) {
    if (id.empty()) return;
    if (std::binary_search(known.begin(), known.end(), id)) return;
    Mark at = src.at(field);
    errors.push_back(make_error(src.file, at.line, at.col, unknown_id_message(what, id),
                                did_you_mean(id, known, unknown_hint(what))));
  }
  /// What to do about a reference to nothing, when no known ID is close.
  static std::string unknown_hint(std::string_view what) {
    if (what == "person") return tr("correct the ID, or add the person first (pmadmin assign person add)");
    if (what == "task") return tr("correct the ID; pmadmin schedule show lists the tasks");
    if (what == "role") return tr("correct the name, or define the role under \"roles:\" in pmadmin.yaml");
    if (what == "budget category") return tr("correct the name, or plan the category first (pmadmin budget plan)");
    return tr("answer only the questions listed in the survey's survey.yaml, by their IDs");
  }
  void person(const Source& s, const std::string& field, const std::string& id) {
    check(s, field, id, people_, "person");
  }
  void task(const Source& s, const std::string& field, const std::string& id) { check(s, field, id, tasks_, "task"); }
  void role(const Source& s, const std::string& field, const std::string& id) { check(s, field, id, roles_, "role"); }
  void category(const Source& s, const std::string& field, const std::string& id) {
    if (id.empty()) return;
    if (!p_.budget) {
      Mark at = s.at(field);
      errors.push_back(make_error(s.file, at.line, at.col,
                                  trf("budget category \"{}\" is used but budget/plan.yaml does not exist", id),
                                  tr("create it with: pmadmin budget plan CATEGORY AMOUNT")));
      return;
    }
    check(s, field, id, categories_, "budget category");
  }
  /// A risk's category must be one of `risk-categories:` when the project lists them.
  void risk_category(const Source& s, const std::string& id) {
    const auto& known = p_.config.risk_categories;
    if (std::find(known.begin(), known.end(), id) != known.end()) return;
    Mark at = s.at("category");
    errors.push_back(make_error(s.file, at.line, at.col, trf("unknown risk category \"{}\"", id),
                                did_you_mean(id, known,
                                             trf("the categories of this project (risk-categories: in "
                                                 "pmadmin.yaml) are: {}",
                                                 join_some(known, 10)))));
  }
  void people(const Source& s, const std::string& field, const std::vector<std::string>& ids) {
    for (std::size_t i = 0; i < ids.size(); ++i) person(s, fmt::format("{}[{}]", field, i), ids[i]);
  }

 private:
  const Project& p_;
  std::vector<std::string> people_, tasks_, roles_, categories_;
};

void check_people(RefChecker& c, const Project& p) {
  c.person(p.config.src, "created-by", p.config.created_by);
  for (const auto& [id, person] : p.people) {
    for (std::size_t i = 0; i < person.roles.size(); ++i)
      c.role(person.src, fmt::format("roles[{}]", i), person.roles[i]);
    for (std::size_t i = 0; i < person.history.size(); ++i) {
      c.role(person.src, fmt::format("history[{}].role", i), person.history[i].role);
      c.person(person.src, fmt::format("history[{}].by", i), person.history[i].by);
    }
  }
}

void check_tasks(RefChecker& c, const Project& p) {
  for (const auto& [id, t] : p.tasks) {
    c.person(t.src, "owner", t.owner);
    for (const auto& [who, letter] : t.raci) c.person(t.src, "raci." + who, who);
    for (std::size_t i = 0; i < t.depends.size(); ++i) {
      std::string field = fmt::format("depends[{}]", i);
      if (t.depends[i].task == id) {
        Mark at = t.src.at(field);
        c.errors.push_back(make_error(t.src.file, at.line, at.col, trf("task \"{}\" depends on itself", id),
                                      tr("remove it from \"depends\", or name the task it really waits for")));
        continue;
      }
      c.task(t.src, field, t.depends[i].task);
    }
    c.category(t.src, "category", t.category);
    for (std::size_t i = 0; i < t.log.size(); ++i) c.person(t.src, fmt::format("log[{}].by", i), t.log[i].by);
  }
}

void check_money_and_risks(RefChecker& c, const Project& p) {
  for (const auto& [id, r] : p.risks) {
    c.person(r.src, "owner", r.owner);
    for (std::size_t i = 0; i < r.tasks.size(); ++i) c.task(r.src, fmt::format("tasks[{}]", i), r.tasks[i]);
    if (!p.config.risk_categories.empty() && !r.category.empty()) c.risk_category(r.src, r.category);
    for (std::size_t i = 0; i < r.history.size(); ++i) {
      c.person(r.src, fmt::format("history[{}].by", i), r.history[i].by);
      c.person(r.src, fmt::format("history[{}].owner", i), r.history[i].owner);
    }
    if (r.delay_days && r.tasks.empty()) {
      Mark at = r.src.at("delay");
      c.errors.push_back(make_error(r.src.file, at.line, at.col,
                                    trf("risk \"{}\" has a delay but names no task it would delay", id),
                                    tr("list the affected tasks under \"tasks:\", or remove \"delay\"")));
    }
  }
  if (p.budget) {
    for (std::size_t i = 0; i < p.budget->adjustments.size(); ++i) {
      const auto& a = p.budget->adjustments[i];
      c.category(p.budget->src, fmt::format("adjustments[{}].category", i), a.category);
      c.person(p.budget->src, fmt::format("adjustments[{}].by", i), a.by);
    }
    for (const auto& [name, line] : p.budget->categories)
      for (std::size_t i = 0; i < line.history.size(); ++i)
        c.person(p.budget->src, fmt::format("categories.{}.history[{}].by", name, i), line.history[i].by);
  }
  for (const auto& [id, e] : p.expenses) {
    c.category(e.src, "category", e.category);
    c.task(e.src, "task", e.task);
    c.person(e.src, "by", e.by);
  }
}

void check_reviews(RefChecker& c, const Project& p) {
  for (const auto& [id, r] : p.reviews) {
    c.person(r.src, "by", r.by);
    c.people(r.src, "attendees", r.attendees);
    for (std::size_t i = 0; i < r.actions.size(); ++i) {
      c.person(r.src, fmt::format("actions[{}].owner", i), r.actions[i].owner);
      c.task(r.src, fmt::format("actions[{}].task", i), r.actions[i].task);
    }
    c.task(r.src, "task", r.task);
    c.person(r.src, "accepted-by", r.accepted_by);
    c.person(r.src, "person", r.person);
  }
}

/// Every answer names a question of its survey and is on that question's scale.
void check_answers(RefChecker& c, const Survey& s) {
  std::vector<std::string> qids;
  for (const auto& q : s.questions) qids.push_back(q.id);
  std::sort(qids.begin(), qids.end());
  for (const auto& [rid, resp] : s.responses) {
    for (const auto& a : resp.answers) {
      std::string field = "answers." + a.question;
      auto q =
          std::find_if(s.questions.begin(), s.questions.end(), [&](const Question& x) { return x.id == a.question; });
      if (q == s.questions.end()) {
        c.check(resp.src, field, a.question, qids, "question");
        continue;
      }
      if (q->kind == QuestionKind::text) continue;
      if (q->kind == QuestionKind::choice) {
        if (std::find(q->options.begin(), q->options.end(), a.value) != q->options.end()) continue;
        Mark at = resp.src.at(field);
        c.errors.push_back(
            make_error(resp.src.file, at.line, at.col,
                       trf("answer to \"{}\" must be one of its options, not \"{}\"", a.question, a.value),
                       did_you_mean(a.value, q->options, trf("the options are: {}", join_some(q->options)))));
        continue;
      }
      int lo = q->kind == QuestionKind::nps ? 0 : 1;
      int hi = q->kind == QuestionKind::nps ? 10 : q->kind == QuestionKind::csat ? 5 : q->max;
      int v = a.numeric ? std::stoi(a.value) : -1;
      if (a.numeric && v >= lo && v <= hi) continue;
      Mark at = resp.src.at(field);
      c.errors.push_back(make_error(resp.src.file, at.line, at.col,
                                    trf("answer to \"{}\" ({}) must be a whole number from {} to {}, not {}",
                                        a.question, q->kind, lo, hi, a.value),
                                    trf("write the score the respondent gave, from {} to {}", lo, hi)));
    }
  }
}

/// Sums the figures add up must stay within the money range: the first amount that takes a
/// total beyond it is an error where it is written (otherwise every later command would
/// fail to add them up, with no file to fix).
void check_money_totals(RefChecker& c, const Project& p) {
  auto overflow = [&](const Source& src, const std::string& field, const char* what) {
    Mark at = src.at(field);
    c.errors.push_back(make_error(src.file, at.line, at.col,
                                  trf("{} add up to more than 999,999,999,999,999.99 with this amount", tr(what)),
                                  tr("check the amount: no project spends that much")));
  };
  MoneySum expenses;
  for (const auto& [id, e] : p.expenses) {
    expenses.add(e.amount);
    if (expenses.overflow) return overflow(e.src, "amount", N_("the expenses"));
  }
  if (p.budget) {
    MoneySum lines;
    for (const auto& [name, line] : p.budget->categories) {
      lines.add(line.planned);
      if (lines.overflow) return overflow(p.budget->src, "categories." + name + ".planned", N_("the budget lines"));
    }
    for (std::size_t i = 0; i < p.budget->adjustments.size(); ++i) {
      lines.add(p.budget->adjustments[i].amount);
      if (lines.overflow)
        return overflow(p.budget->src, fmt::format("adjustments[{}].amount", i),
                        N_("the budget lines and adjustments"));
    }
  }
  MoneySum costs;
  for (const auto& [id, t] : p.tasks) {
    if (!t.cost) continue;
    costs.add(*t.cost);
    if (costs.overflow) return overflow(t.src, "cost", N_("the tasks' planned costs"));
  }
}

}  // namespace

Diagnostics validate_project(const Project& p) {
  RefChecker c(p);
  check_people(c, p);
  check_tasks(c, p);
  check_money_and_risks(c, p);
  check_reviews(c, p);
  for (const auto& [id, s] : p.surveys) {
    check_answers(c, s);
    c.task(s.src, "milestone", s.milestone);
    for (std::size_t i = 0; i < s.actions.size(); ++i) {
      c.person(s.src, fmt::format("actions[{}].owner", i), s.actions[i].owner);
      c.task(s.src, fmt::format("actions[{}].task", i), s.actions[i].task);
    }
  }
  for (const auto& [name, b] : p.baselines) c.person(b.src, "by", b.by);
  check_money_totals(c, p);
  for (auto& d : find_dependency_cycles(p)) c.errors.push_back(std::move(d));
  limit_per_file(c.errors, kMaxErrorsPerFile);
  return c.errors;
}

}  // namespace pmadmin

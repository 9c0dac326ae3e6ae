#include "render/review_view.hpp"

#include <fmt/format.h>

#include "base/i18n.hpp"
#include "base/text.hpp"
#include "render/escape.hpp"
#include "render/json.hpp"
#include "render/report.hpp"
#include "render/table.hpp"

namespace pmadmin {

namespace {

std::string subject_of(const Review& r) {
  switch (r.kind) {
    case ReviewKind::meeting: return r.title;
    case ReviewKind::quality:
      return trf("{}: {} ({} passed, {} failed)", r.task, r.result ? to_text(*r.result) : "-", r.passed.size(),
                 r.failed.size());
    case ReviewKind::acceptance: return trf("{} accepted by {}", r.task, r.accepted_by);
    case ReviewKind::performance:
      return r.kudos.empty() ? fmt::format("{}: {}/5", r.person, r.rating.value_or(0))
                             : trf("{}: {}/5, kudos", r.person, r.rating.value_or(0));
  }
  return "";
}

Json review_json(const Review& r) {
  Json actions = Json::array();
  for (const auto& a : r.actions)
    actions.push_back({{"text", a.text},
                       {"owner", text_or_null(a.owner)},
                       {"due", date_json(a.due)},
                       {"task", text_or_null(a.task)}});
  return {{"id", r.id},
          {"kind", r.kind},
          {"title", text_or_null(r.title)},
          {"date", r.date.iso()},
          {"by", text_or_null(r.by)},
          {"attendees", r.attendees},
          {"notes", text_or_null(r.notes)},
          {"decisions", r.decisions},
          {"actions", actions},
          {"task", text_or_null(r.task)},
          {"passed", r.passed},
          {"failed", r.failed},
          {"result", r.result ? Json(*r.result) : Json()},
          {"accepted_by", text_or_null(r.accepted_by)},
          {"accepted_on", date_json(r.accepted_on)},
          {"person", text_or_null(r.person)},
          {"rating", r.rating ? Json(*r.rating) : Json()},
          {"feedback", text_or_null(r.feedback)},
          {"kudos", !r.kudos.empty()}};
}

std::string table_or_md(const std::vector<std::string>& headers, std::vector<std::vector<std::string>> rows,
                        OutputFormat format) {
  if (format == OutputFormat::md) return render_md_table(headers, rows);
  Table t;
  t.headers = headers;
  t.rows = std::move(rows);
  t.max_column_width = 72;
  return render_table(t);
}

std::string share(std::optional<double> v) { return v ? fmt::format("{:.0f}%", *v * 100) : "-"; }
std::string one_decimal(std::optional<double> v) { return v ? fmt::format("{:.1f}", *v) : "-"; }

}  // namespace

std::string render_reviews(const Project&, const std::vector<const Review*>& reviews, OutputFormat format) {
  if (format == OutputFormat::json) {
    Json list = Json::array();
    for (const Review* r : reviews) list.push_back(review_json(*r));
    return dump(list);
  }
  if (reviews.empty() && format == OutputFormat::text)
    return tr("No review matches. Record one with: pmadmin review meeting, quality, accept or feedback\n");
  std::vector<std::vector<std::string>> rows;
  for (const Review* r : reviews)
    rows.push_back({r->id, r->date.iso(), std::string(to_text(r->kind)), r->by.empty() ? "-" : r->by, subject_of(*r)});
  return table_or_md({tr("ID"), tr("DATE"), tr("KIND"), tr("BY"), tr("SUBJECT")}, std::move(rows), format);
}

std::string render_decisions(const std::vector<const Review*>& reviews, const std::string& text, OutputFormat format) {
  std::vector<std::vector<std::string>> rows;
  Json list = Json::array();
  for (const Review* r : reviews)
    for (const auto& d : r->decisions)
      if (text.empty() || lowercase(d).find(lowercase(text)) != std::string::npos) {
        rows.push_back({r->date.iso(), r->id, d});
        list.push_back({{"date", r->date.iso()}, {"meeting", r->id}, {"decision", d}});
      }
  if (format == OutputFormat::json) return dump(list);
  if (rows.empty() && format == OutputFormat::text)
    return text.empty() ? tr("No decision recorded yet.\n") : trf("No decision mentions \"{}\".\n", text);
  return table_or_md({tr("DATE"), tr("MEETING"), tr("DECISION")}, std::move(rows), format);
}

std::string render_review(const Project&, const Review& r, OutputFormat format) {
  if (format == OutputFormat::json) return dump(review_json(r));
  std::string out = r.by.empty() ? trf("{} {} on {}\n", r.id, to_text(r.kind), r.date.iso())
                                 : trf("{} {} on {} by {}\n", r.id, to_text(r.kind), r.date.iso(), r.by);
  std::vector<std::pair<std::string, std::string>> lines;
  auto line = [&](const char* label, const std::string& value) {
    if (!value.empty()) lines.emplace_back(tr(label), value);
  };
  line(N_("title:"), r.title);
  line(N_("attendees:"), join_some(r.attendees, 100));
  line(N_("task:"), r.task);
  line(N_("passed:"), join_some(r.passed, 100));
  line(N_("failed:"), join_some(r.failed, 100));
  line(N_("result:"), r.result ? std::string(to_text(*r.result)) : "");
  line(N_("accepted:"),
       r.accepted_by.empty() ? "" : trf("by {} on {}", r.accepted_by, r.accepted_on.value_or(r.date).iso()));
  line(N_("person:"), r.person);
  line(N_("rating:"), r.rating ? fmt::format("{}/5", *r.rating) : "");
  line(N_("feedback:"), r.feedback);
  line(N_("kudos:"), r.kudos.empty() ? "" : tr("yes"));
  line(N_("notes:"), r.notes);
  for (const auto& d : r.decisions) line(N_("decision:"), d);
  for (const auto& a : r.actions)
    line(N_("action:"), trf("{} (owner {}, due {}, task {})", a.text, a.owner.empty() ? "-" : a.owner,
                            a.due ? a.due->iso() : "-", a.task.empty() ? "-" : a.task));
  std::size_t width = 10;  // "attendees:"
  for (const auto& [label, value] : lines) width = std::max(width, display_width(label));
  for (const auto& [label, value] : lines)
    out += fmt::format("  {}{}{}\n", label, std::string(width + 2 - display_width(label), ' '),
                       escape_for_terminal(value));
  return out;
}

std::string render_agenda(const Agenda& a, OutputFormat format) {
  if (format == OutputFormat::json) {
    Json actions = Json::array(), due = Json::array(), finished = Json::array(), risks = Json::array(),
         signals = Json::array();
    for (const auto& x : a.actions)
      actions.push_back({{"meeting", x.review},
                         {"text", x.text},
                         {"owner", text_or_null(x.owner)},
                         {"due", date_json(x.due)},
                         {"overdue", x.overdue}});
    for (const auto& d : a.due)
      due.push_back({{"task", d.task->id}, {"title", d.task->title}, {"deadline", d.deadline.iso()}});
    for (const Task* t : a.finished) finished.push_back({{"task", t->id}, {"title", t->title}});
    for (const Risk* r : a.risks)
      risks.push_back({{"risk", r->id}, {"title", r->title}, {"review_by", r->review_by->iso()}});
    for (const Rag& s : a.signals) signals.push_back({{"area", s.area}, {"status", s.status}, {"reason", s.reason}});
    return dump(Json{{"date", a.date.iso()},
                     {"title", a.title},
                     {"last_meeting", date_json(a.last)},
                     {"open_actions", actions},
                     {"tasks_late", a.late},
                     {"tasks_due", due},
                     {"finished", finished},
                     {"risks_to_review", risks},
                     {"signals", signals},
                     {"surveys", a.surveys}});
  }
  const bool md = format == OutputFormat::md;
  std::string out = md       ? fmt::format("# {} — {}\n\n", a.title, a.date.iso())
                    : a.last ? trf("Agenda: {} on {} (last meeting {})\n", a.title, a.date.iso(), a.last->iso())
                             : trf("Agenda: {} on {}\n", a.title, a.date.iso());
  int n = 0;
  auto section = [&](const std::string& heading, const std::vector<std::string>& items, const char* none) {
    out += md ? fmt::format("\n## {}. {}\n\n", ++n, heading) : fmt::format("\n{}. {}\n", ++n, heading);
    if (items.empty()) out += md ? fmt::format("{}\n", none) : fmt::format("   {}\n", none);
    for (const auto& i : items)
      out += md ? fmt::format("- {}\n", md_escape(i)) : fmt::format("   - {}\n", escape_for_terminal(i));
  };
  std::vector<std::string> items;
  for (const auto& x : a.actions)
    items.push_back(x.overdue ? trf("{} (owner {}, due {}, late, from {})", x.text,
                                    x.owner.empty() ? tr("none") : x.owner, x.due ? x.due->iso() : tr("none"), x.review)
                              : trf("{} (owner {}, due {}, from {})", x.text, x.owner.empty() ? tr("none") : x.owner,
                                    x.due ? x.due->iso() : tr("none"), x.review));
  section(tr("Open actions"), items, tr("none"));
  items.clear();
  items = a.late;
  for (const auto& d : a.due)
    items.push_back(trf("{} {} (due {}, {}% done, owner {})", d.task->id, d.task->title, d.deadline.iso(),
                        d.task->progress, d.task->owner.empty() ? tr("none") : d.task->owner));
  section(tr("Tasks late, or due by this meeting"), items, tr("none"));
  items.clear();
  for (const Task* t : a.finished) items.push_back(fmt::format("{} {}", t->id, t->title));
  section(a.last ? trf("Finished since {}", a.last->iso()) : tr("Finished so far"), items, tr("none"));
  items.clear();
  for (const Risk* r : a.risks)
    items.push_back(
        trf("{} {} (review by {}, score {})", r->id, r->title, r->review_by->iso(), r->probability * r->impact));
  section(tr("Risks to review"), items, tr("none"));
  items.clear();
  for (const Rag& s : a.signals)
    items.push_back(fmt::format("{} {}: {}", report_area_label(s.area), report_rag_word(s.status), s.reason));
  section(tr("Schedule and budget"), items, tr("on track"));
  section(tr("Client satisfaction"), a.surveys, tr("no survey below target"));
  return out;
}

std::string render_performance(const TeamPerformance& t, OutputFormat format) {
  if (format == OutputFormat::json) {
    Json people = Json::array(), yields = Json::array();
    auto opt = [](std::optional<double> v) { return v ? Json(std::round(*v * 1000) / 1000) : Json(); };
    for (const auto& p : t.people)
      people.push_back({{"person", p.person},
                        {"assigned", p.assigned},
                        {"open", p.open},
                        {"done", p.done},
                        {"on_time_rate", opt(p.on_time_rate())},
                        {"mean_slip_days", opt(p.mean_slip())},
                        {"inspected", p.inspected},
                        {"first_pass_yield", opt(p.first_pass_yield())},
                        {"load_percent", p.load_percent},
                        {"feedback", p.feedback},
                        {"rating", opt(p.rating())},
                        {"kudos", p.kudos}});
    for (const auto& y : t.by_category)
      yields.push_back(
          {{"category", text_or_null(y.category)}, {"inspected", y.inspected}, {"first_pass", y.first_pass}});
    return dump(
        Json{{"from", t.from.iso()}, {"to", t.to.iso()}, {"people", people}, {"first_pass_by_category", yields}});
  }
  std::vector<std::vector<std::string>> rows;
  for (const auto& p : t.people)
    rows.push_back({p.person, std::to_string(p.assigned), std::to_string(p.done), share(p.on_time_rate()),
                    one_decimal(p.mean_slip()), share(p.first_pass_yield()), fmt::format("{}%", p.load_percent),
                    one_decimal(p.rating()), std::to_string(p.kudos)});
  std::string out = trf("Performance from {} to {}:\n", t.from.iso(), t.to.iso());
  out += table_or_md({tr("PERSON"), tr("TASKS"), tr("DONE"), tr("ON TIME"), tr("MEAN SLIP"), tr("FIRST PASS"),
                      tr("LOAD"), tr("RATING"), tr("KUDOS")},
                     std::move(rows), format);
  if (!t.by_category.empty()) {
    std::vector<std::vector<std::string>> yields;
    for (const auto& y : t.by_category)
      yields.push_back(
          {y.category.empty() ? "(none)" : y.category, std::to_string(y.inspected),
           share(y.inspected ? std::optional<double>(static_cast<double>(y.first_pass) / y.inspected) : std::nullopt)});
    out += std::string(tr("\nFirst-pass yield by category:\n")) +
           table_or_md({tr("CATEGORY"), tr("INSPECTED"), tr("FIRST PASS")}, std::move(yields), format);
  }
  out +=
      tr("\nTASKS: owned now; DONE: finished in the period; ON TIME: of those with a due date or baseline finish;\n"
         "MEAN SLIP: working days late on average (early counts 0); FIRST PASS: first inspections passed;\n"
         "LOAD: this week against capacity; RATING: feedback received, 1-5.\n");
  return out;
}

}  // namespace pmadmin

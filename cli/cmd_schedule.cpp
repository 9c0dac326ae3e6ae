// pmadmin schedule: the plan in time — add tasks, CPM table, critical path, Gantt,
// progress, re-planning, baselines, levelling, simulation and calendar export.
#include <fmt/format.h>
#include <memory>
#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "render/csv.hpp"
#include "cli/planned.hpp"
#include "plan/schedule.hpp"
#include "edit/tasks.hpp"
#include "render/table.hpp"
#include "base/text.hpp"
#include "model/grammar.hpp"
#include "plan/baseline.hpp"

namespace pmadmin::cli {

namespace {

using json = nlohmann::ordered_json;

struct AddArgs {
  std::string title;
  std::string id;
  std::string duration;
  std::string effort;
  std::string estimate;
  std::vector<std::string> after;
  std::string start_no_earlier;
  std::string due;
  bool milestone = false;
  std::string owner;
  std::string cost;
  std::string category;
  std::vector<std::string> tags;
  int priority = 0;
};

struct ShowArgs {
  bool critical_only = false;
  std::string owner;
};

struct ProgressArgs {
  std::string task;
  std::string value;
  std::string date;
};

struct MoveArgs {
  std::string task;
  std::string start;
  std::string duration;
  std::string due;
  std::string estimate;
  std::string reason;
};

struct BaselineArgs {
  std::string name;
  bool replace = false;
};

/// "5d" or "5" -> 5.
std::optional<int> days_option(const std::string& text) {
  if (!text.empty() && text.back() != 'd') return parse_days(text + "d");
  return parse_days(text);
}

std::string float_text(const ScheduledTask& t) {
  if (t.state == Network::State::done || t.state == Network::State::cancelled) return "-";
  return fmt::format("{}d", t.total_float);
}

std::string status_text(const ScheduledTask& t) { return t.task->status; }

std::string due_text(const ScheduledTask& t) {
  if (!t.task->due) return "";
  std::string out = t.task->due->iso();
  if (t.due_slip && *t.due_slip > 0 && t.state != Network::State::done) out += fmt::format(" +{}d", *t.due_slip);
  return out;
}

json task_json(const ScheduledTask& t) {
  const Task& k = *t.task;
  json j = {{"id", k.id},
            {"title", k.title},
            {"kind", k.kind},
            {"status", k.status},
            {"owner", k.owner.empty() ? json() : json(k.owner)},
            {"progress", k.progress},
            {"start", t.start.iso()},
            {"finish", t.finish.iso()},
            {"duration", t.duration},
            {"remaining", t.remaining},
            {"duration_assumed", t.duration_assumed}};
  bool open = t.state == Network::State::planned || t.state == Network::State::in_progress;
  j["late_start"] = open ? json(t.late_start.iso()) : json();
  j["late_finish"] = open ? json(t.late_finish.iso()) : json();
  j["total_float"] = open ? json(t.total_float) : json();
  j["free_float"] = open ? json(t.free_float) : json();
  j["critical"] = t.critical;
  j["due"] = k.due ? json(k.due->iso()) : json();
  j["due_slip"] = t.due_slip ? json(*t.due_slip) : json();
  return j;
}

int run_add(const AddArgs& a, Context& ctx) {
  auto today = ctx.today();
  if (!today) return ctx.report(today.errors());
  NewTask spec;
  spec.id = a.id;
  spec.title = a.title;
  spec.milestone = a.milestone;
  if (!a.duration.empty() && !(spec.duration_days = days_option(a.duration)))
    return ctx.usage_error(fmt::format("--duration must be working days like 5d, not \"{}\"", a.duration));
  if (!a.effort.empty() && !(spec.effort_days = days_option(a.effort)))
    return ctx.usage_error(fmt::format("--effort must be person-days like 8d, not \"{}\"", a.effort));
  if (!a.estimate.empty()) {
    if (!parse_estimate(a.estimate))
      return ctx.usage_error(fmt::format("--estimate must be optimistic/likely/pessimistic like 3d/5d/10d, not \"{}\"", a.estimate));
    spec.estimate = a.estimate;
  }
  for (const auto& item : a.after) {  // "--after a,b" and repeated --after both work
    std::size_t start = 0;
    while (start <= item.size()) {
      std::size_t comma = item.find(',', start);
      std::string part = item.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
      if (!part.empty()) spec.after.push_back(part);
      if (comma == std::string::npos) break;
      start = comma + 1;
    }
  }
  if (!a.start_no_earlier.empty()) {
    auto d = ctx.date_option("--start-no-earlier", a.start_no_earlier, false);
    if (!d) return ctx.exit_code;
    spec.start_no_earlier = *d;
  }
  if (!a.due.empty()) {
    auto d = ctx.date_option("--due", a.due, false);
    if (!d) return ctx.exit_code;
    spec.due = *d;
  }
  spec.owner = a.owner;
  if (!a.cost.empty() && !(spec.cost = Money::parse(a.cost)))
    return ctx.usage_error(fmt::format("--cost must be an amount like 8000.00, not \"{}\"", a.cost));
  spec.category = a.category;
  spec.tags = a.tags;
  if (a.priority) spec.priority = a.priority;
  IdentitySources who = ctx.identity();
  return ctx.mutate([&](Project& p) { return add_task(p, spec, who, *today); });
}

int run_show(const ShowArgs& a, Context& ctx) {
  if (!ctx.format_ok({"text", "json", "csv"})) return ctx.exit_code;
  auto planned = load_planned(ctx);
  if (!planned) return ctx.exit_code;
  const Project* p = &planned->project;
  Schedule* s = &planned->schedule;
  if (!a.owner.empty() && !p->people.count(a.owner))
    return ctx.usage_error(fmt::format("unknown person \"{}\"", a.owner), did_you_mean(a.owner, ids_of(p->people)));
  std::vector<const ScheduledTask*> rows;
  for (const auto& t : s->tasks) {
    if (a.critical_only && !t.critical) continue;
    if (!a.owner.empty() && t.task->owner != a.owner) continue;
    rows.push_back(&t);
  }
  if (ctx.format == "json") {
    json tasks = json::array();
    for (const auto* t : rows) tasks.push_back(task_json(*t));
    json j = {{"project", p->config.name},   {"today", s->today.iso()},     {"start", s->start.iso()},
              {"finish", s->finish.iso()},   {"working_days", s->working_days}, {"critical_path", s->critical_path},
              {"tasks", tasks}};
    ctx.out << j.dump(2) << "\n";
    return 0;
  }
  if (ctx.format == "csv") {
    ctx.out << csv_line({"id", "title", "kind", "owner", "start", "finish", "duration", "total_float", "free_float",
                         "critical", "status", "progress", "due", "due_slip"});
    for (const auto* t : rows) {
      bool open = t->state == Network::State::planned || t->state == Network::State::in_progress;
      ctx.out << csv_line({t->task->id, t->task->title, t->task->kind, t->task->owner, t->start.iso(), t->finish.iso(),
                           std::to_string(t->duration), open ? std::to_string(t->total_float) : "",
                           open ? std::to_string(t->free_float) : "", t->critical ? "yes" : "no", t->task->status,
                           std::to_string(t->task->progress), t->task->due ? t->task->due->iso() : "",
                           t->due_slip ? std::to_string(*t->due_slip) : ""});
    }
    return 0;
  }
  if (s->tasks.empty()) {
    ctx.out << "No tasks yet. Add one with: pmadmin schedule add TITLE --duration 5d\n";
    return 0;
  }
  Table table;
  table.headers = {"ID", "TITLE", "OWNER", "START", "FINISH", "DAYS", "FLOAT", "CRIT", "STATUS", "DONE", "DUE"};
  table.right_align = {false, false, false, false, false, true, true, false, false, true, false};
  for (const auto* t : rows) {
    std::string days = t->milestone ? "◆" : fmt::format("{}{}", t->duration, t->duration_assumed ? "?" : "");
    table.rows.push_back({t->task->id, t->task->title, t->task->owner, t->start.iso(), t->finish.iso(), days,
                          float_text(*t), t->critical ? "*" : "", status_text(*t), fmt::format("{}%", t->task->progress),
                          due_text(*t)});
  }
  ctx.out << render_table(table);
  ctx.out << fmt::format("Forecast finish {} ({} working day{} from {}), as of {}.\n", s->finish.iso(), s->working_days,
                         s->working_days == 1 ? "" : "s", s->start.iso(), s->today.iso());
  ctx.out << fmt::format("Critical path: {} tasks (*): a day lost on any of them is a day lost for the project.\n",
                         s->critical_path.size());
  std::vector<std::string> late;
  for (const auto& t : s->tasks)
    if (t.due_slip && *t.due_slip > 0 && t.state != Network::State::done && t.state != Network::State::cancelled)
      late.push_back(fmt::format("{} (+{}d)", t.task->id, *t.due_slip));
  if (!late.empty()) {
    std::string list;
    for (const auto& l : late) list += (list.empty() ? "" : ", ") + l;
    ctx.out << fmt::format("Forecast to miss their due date: {}.\n", list);
  }
  bool assumed = false;
  for (const auto* t : rows) assumed = assumed || t->duration_assumed;
  if (assumed) ctx.out << "? no duration, effort or estimate: 1 working day assumed.\n";
  return 0;
}

int run_critical(Context& ctx) {
  if (!ctx.format_ok({"text", "json"})) return ctx.exit_code;
  auto planned = load_planned(ctx);
  if (!planned) return ctx.exit_code;
  Schedule* s = &planned->schedule;
  if (ctx.format == "json") {
    json tasks = json::array();
    for (const auto& id : s->critical_path) tasks.push_back(task_json(*s->find(id)));
    ctx.out << json{{"finish", s->finish.iso()}, {"working_days", s->working_days}, {"tasks", tasks}}.dump(2) << "\n";
    return 0;
  }
  if (s->critical_path.empty()) {
    ctx.out << "No open task is critical: everything left has float.\n";
    return 0;
  }
  ctx.out << fmt::format("Critical path to {} ({} working days from {}):\n\n", s->finish.iso(), s->working_days,
                         s->start.iso());
  Table table;
  table.headers = {"START", "FINISH", "ID", "TITLE", "OWNER", "FLOAT", "STATUS"};
  table.right_align = {false, false, false, false, false, true, false};
  for (const auto& id : s->critical_path) {
    const ScheduledTask& t = *s->find(id);
    table.rows.push_back({t.start.iso(), t.finish.iso(), id, t.task->title, t.task->owner, float_text(t), t.task->status});
  }
  ctx.out << render_table(table);
  long least = 0;
  for (const auto& id : s->critical_path) least = std::min(least, s->find(id)->total_float);
  ctx.out << "\nThese tasks have no float: any delay on one of them moves the finish date.\n";
  if (least < 0)
    ctx.out << fmt::format("Negative float ({}d) means a due date cannot be met as planned: shorten, overlap or re-plan.\n",
                           least);
  return 0;
}

int run_progress(const ProgressArgs& a, Context& ctx) {
  auto today = ctx.today();
  if (!today) return ctx.report(today.errors());
  std::optional<int> percent;
  if (a.value != "done") {
    std::string v = a.value;
    if (!v.empty() && v.back() == '%') v.pop_back();
    bool digits = !v.empty() && v.size() <= 3 && v.find_first_not_of("0123456789") == std::string::npos;
    if (!digits || std::stoi(v) > 100)
      return ctx.usage_error(fmt::format("progress must be a percentage 0-100 or done, not \"{}\"", a.value));
    percent = std::stoi(v);
  }
  Date on = *today;
  if (!a.date.empty()) {
    auto d = ctx.date_option("--date", a.date, false);
    if (!d) return ctx.exit_code;
    on = **d;
  }
  IdentitySources who = ctx.identity();
  return ctx.mutate([&](Project& p) { return record_progress(p, a.task, percent, on, who, *today); });
}

int run_move(const MoveArgs& a, Context& ctx) {
  auto today = ctx.today();
  if (!today) return ctx.report(today.errors());
  MoveSpec spec;
  spec.reason = a.reason;
  if (!a.start.empty()) {
    auto d = ctx.date_option("--start", a.start, true);
    if (!d) return ctx.exit_code;
    spec.start = *d;
  }
  if (!a.due.empty()) {
    auto d = ctx.date_option("--due", a.due, true);
    if (!d) return ctx.exit_code;
    spec.due = *d;
  }
  if (!a.duration.empty() && !(spec.duration_days = days_option(a.duration)))
    return ctx.usage_error(fmt::format("--duration must be working days like 5d, not \"{}\"", a.duration));
  if (!a.estimate.empty()) {
    if (a.estimate != "none" && !parse_estimate(a.estimate))
      return ctx.usage_error(fmt::format("--estimate must be optimistic/likely/pessimistic like 3d/5d/10d, not \"{}\"", a.estimate));
    spec.estimate = a.estimate == "none" ? "" : a.estimate;
  }
  IdentitySources who = ctx.identity();
  return ctx.mutate([&](Project& p) { return move_task(p, a.task, spec, who, *today); });
}

int run_baseline_save(const BaselineArgs& a, Context& ctx) {
  auto today = ctx.today();
  if (!today) return ctx.report(today.errors());
  IdentitySources who = ctx.identity();
  return ctx.mutate([&](Project& p) { return save_baseline(p, a.name, a.replace, who, *today); });
}

/// The named baseline, or the latest; reports and returns nullptr when there is none.
const Baseline* pick_baseline(Context& ctx, const Project& p, const std::string& name) {
  if (name.empty()) {
    if (const Baseline* b = latest_baseline(p)) return b;
    ctx.usage_error("no baseline saved yet", "save one with: pmadmin schedule baseline save NAME (needs set-baseline)");
    return nullptr;
  }
  auto it = p.baselines.find(name);
  if (it != p.baselines.end()) return &it->second;
  ctx.usage_error(fmt::format("unknown baseline \"{}\"", name), did_you_mean(name, ids_of(p.baselines)));
  return nullptr;
}

int run_baseline_show(const BaselineArgs& a, Context& ctx) {
  if (!ctx.format_ok({"text", "json"})) return ctx.exit_code;
  auto p = ctx.load();
  if (!p) return ctx.report(p.errors());
  if (a.name.empty() && !p->baselines.empty()) {  // no name: list them
    if (ctx.format == "json") {
      json list = json::array();
      for (const auto& [name, b] : p->baselines)
        list.push_back({{"name", name}, {"saved", b.saved.iso()}, {"by", b.by}, {"tasks", b.tasks.size()}});
      ctx.out << list.dump(2) << "\n";
      return 0;
    }
    Table t;
    t.headers = {"NAME", "SAVED", "BY", "TASKS", "FINISH"};
    t.right_align = {false, false, false, true, false};
    for (const auto& [name, b] : p->baselines) {
      Date finish = b.saved;
      for (const auto& [id, bt] : b.tasks) finish = std::max(finish, bt.finish);
      t.rows.push_back({name, b.saved.iso(), b.by, std::to_string(b.tasks.size()), finish.iso()});
    }
    ctx.out << render_table(t);
    return 0;
  }
  const Baseline* b = pick_baseline(ctx, *p, a.name);
  if (!b) return ctx.exit_code;
  if (ctx.format == "json") {
    json tasks = json::array();
    for (const auto& [id, bt] : b->tasks)
      tasks.push_back({{"id", id}, {"start", bt.start.iso()}, {"finish", bt.finish.iso()},
                       {"cost", bt.cost ? json(bt.cost->str()) : json()}});
    ctx.out << json{{"name", b->name}, {"saved", b->saved.iso()}, {"by", b->by}, {"tasks", tasks}}.dump(2) << "\n";
    return 0;
  }
  ctx.out << fmt::format("Baseline \"{}\", saved {} by {}\n\n", b->name, b->saved.iso(), b->by);
  Table t;
  t.headers = {"ID", "TITLE", "START", "FINISH", "COST"};
  t.right_align = {false, false, false, false, true};
  for (const auto& [id, bt] : b->tasks) {
    auto it = p->tasks.find(id);
    t.rows.push_back({id, it == p->tasks.end() ? "(removed)" : it->second.title, bt.start.iso(), bt.finish.iso(),
                      bt.cost ? bt.cost->str() : ""});
  }
  ctx.out << render_table(t);
  return 0;
}

int run_baseline_diff(const BaselineArgs& a, Context& ctx) {
  if (!ctx.format_ok({"text", "json"})) return ctx.exit_code;
  auto planned = load_planned(ctx);
  if (!planned) return ctx.exit_code;
  const Project* p = &planned->project;
  Schedule* s = &planned->schedule;
  const Baseline* b = pick_baseline(ctx, *p, a.name);
  if (!b) return ctx.exit_code;
  BaselineDiff d = diff_baseline(*p, *s, *b);
  if (ctx.format == "json") {
    json tasks = json::array();
    for (const auto& row : d.tasks) {
      tasks.push_back({{"id", row.id},
                       {"title", row.title},
                       {"baseline_start", row.baseline ? json(row.baseline->start.iso()) : json()},
                       {"baseline_finish", row.baseline ? json(row.baseline->finish.iso()) : json()},
                       {"start", row.start ? json(row.start->iso()) : json()},
                       {"finish", row.finish ? json(row.finish->iso()) : json()},
                       {"start_slip", row.baseline && row.start ? json(row.start_slip) : json()},
                       {"finish_slip", row.baseline && row.finish ? json(row.finish_slip) : json()}});
    }
    ctx.out << json{{"baseline", d.name},          {"baseline_finish", d.baseline_finish.iso()},
                    {"forecast_finish", d.forecast_finish.iso()}, {"project_slip", d.project_slip},
                    {"tasks", tasks}}
                   .dump(2)
            << "\n";
    return 0;
  }
  ctx.out << fmt::format("Against baseline \"{}\" (saved {} by {}), as of {}:\n\n", b->name, b->saved.iso(), b->by,
                         s->today.iso());
  Table t;
  t.headers = {"ID", "TITLE", "BASE START", "BASE FINISH", "FORECAST", "SLIP"};
  t.right_align = {false, false, false, false, false, true};
  for (const auto& row : d.tasks) {
    std::string slip = !row.baseline ? "new" : !row.finish ? "removed" : row.finish_slip == 0 ? "0" : fmt::format("{:+}d", row.finish_slip);
    t.rows.push_back({row.id, row.title, row.baseline ? row.baseline->start.iso() : "",
                      row.baseline ? row.baseline->finish.iso() : "", row.finish ? row.finish->iso() : "", slip});
  }
  ctx.out << render_table(t);
  std::string verdict = d.project_slip > 0   ? fmt::format("{} working days late", d.project_slip)
                        : d.project_slip < 0 ? fmt::format("{} working days early", -d.project_slip)
                                             : "on the baseline date";
  ctx.out << fmt::format("\nProject finish: baseline {}, forecast {}: {}.\n", d.baseline_finish.iso(),
                         d.forecast_finish.iso(), verdict);
  return 0;
}

}  // namespace

void register_schedule_views(CLI::App& schedule, Context& ctx);

void register_schedule(CLI::App& app, Context& ctx) {
  CLI::App* schedule = app.add_subcommand("schedule", "The plan in time: tasks, critical path, Gantt, baselines");
  schedule->require_subcommand(1);
  {
    auto a = std::make_shared<AddArgs>();
    CLI::App* add = schedule->add_subcommand("add", "Add a task or milestone (tasks/<id>.yaml)");
    add->add_option("TITLE", a->title, "What is to be done (any UTF-8)")->required();
    add->add_option("--id", a->id, "ID (default: random t-xxxx)");
    add->add_option("--duration", a->duration, "Working days, like 5d");
    add->add_option("--effort", a->effort, "Person-days; duration = effort / the owner's capacity");
    add->add_option("--estimate", a->estimate, "Three-point estimate optimistic/likely/pessimistic, like 3d/5d/10d");
    add->add_option("--after", a->after, "Predecessors: ID, ID:ss+2d, ID:ff-1d (comma-separated or repeated)");
    add->add_option("--start-no-earlier", a->start_no_earlier, "Do not start before this date");
    add->add_option("--due", a->due, "Deadline (a forecast past it shows as late)");
    add->add_flag("--milestone", a->milestone, "A moment with no duration (a sign-off, a launch)");
    add->add_option("--owner", a->owner, "Person responsible (R)");
    add->add_option("--cost", a->cost, "Planned cost, like 8000.00");
    add->add_option("--category", a->category, "Budget category");
    add->add_option("--tag", a->tags, "Tag (repeatable)");
    add->add_option("--priority", a->priority, "1-1000, default 500; higher keeps its dates when levelling")
        ->check(CLI::Range(1, 1000));
    add->callback([a, &ctx] { ctx.exit_code = run_add(*a, ctx); });
  }
  {
    auto a = std::make_shared<ShowArgs>();
    CLI::App* show = schedule->add_subcommand("show", "CPM table: dates, float, critical tasks (--format json|csv)");
    show->add_flag("--critical", a->critical_only, "Only critical tasks");
    show->add_option("--owner", a->owner, "Only this person's tasks");
    show->callback([a, &ctx] { ctx.exit_code = run_show(*a, ctx); });
  }
  schedule->add_subcommand("critical", "The critical path: the tasks that set the finish date")
      ->callback([&ctx] { ctx.exit_code = run_critical(ctx); });
  {
    auto a = std::make_shared<ProgressArgs>();
    CLI::App* progress = schedule->add_subcommand("progress", "Record progress: a percentage, or done");
    progress->add_option("TASK", a->task, "Task ID")->required();
    progress->add_option("PCT", a->value, "0-100 or done")->required();
    progress->add_option("--date", a->date, "When (default: today); sets started/finished");
    progress->callback([a, &ctx] { ctx.exit_code = run_progress(*a, ctx); });
  }
  {
    auto a = std::make_shared<MoveArgs>();
    CLI::App* move = schedule->add_subcommand("move", "Re-plan a task; the change and reason go to its log");
    move->add_option("TASK", a->task, "Task ID")->required();
    move->add_option("--start", a->start, "Start no earlier than DATE (none clears)");
    move->add_option("--duration", a->duration, "New duration, like 8d");
    move->add_option("--due", a->due, "New deadline (none clears)");
    move->add_option("--estimate", a->estimate, "New three-point estimate 3d/5d/10d (none clears)");
    move->add_option("--reason", a->reason, "Why (required; kept in the task's log)")->required();
    move->callback([a, &ctx] { ctx.exit_code = run_move(*a, ctx); });
  }
  {
    CLI::App* baseline = schedule->add_subcommand("baseline", "Save the plan to measure slip against later");
    baseline->require_subcommand(1);
    auto save_args = std::make_shared<BaselineArgs>();
    CLI::App* save = baseline->add_subcommand("save", "Save the current forecast as baselines/NAME.yaml (needs set-baseline)");
    save->add_option("NAME", save_args->name, "Baseline name, like approved or v2")->required();
    save->add_flag("--replace", save_args->replace, "Overwrite an existing baseline of that name");
    save->callback([save_args, &ctx] { ctx.exit_code = run_baseline_save(*save_args, ctx); });
    auto show_args = std::make_shared<BaselineArgs>();
    CLI::App* show = baseline->add_subcommand("show", "List baselines, or show one");
    show->add_option("NAME", show_args->name, "Baseline name");
    show->callback([show_args, &ctx] { ctx.exit_code = run_baseline_show(*show_args, ctx); });
    auto diff_args = std::make_shared<BaselineArgs>();
    CLI::App* diff = baseline->add_subcommand("diff", "Slip per task and for the project against a baseline");
    diff->add_option("NAME", diff_args->name, "Baseline name (default: the latest)");
    diff->callback([diff_args, &ctx] { ctx.exit_code = run_baseline_diff(*diff_args, ctx); });
  }
  register_schedule_views(*schedule, ctx);
}

}  // namespace pmadmin::cli

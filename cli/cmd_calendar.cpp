// pmadmin calendar: see the working calendar; add holidays and make-up working days, or a
// public-holiday feed.
#include <memory>

#include "base/i18n.hpp"
#include "cli/commands.hpp"
#include "edit/calendar.hpp"
#include "render/calendar_view.hpp"

namespace pmadmin::cli {

namespace {

struct ShowArgs {
  std::string month, year;
};

struct DayArgs {
  std::string dates, name;
};

struct ImportArgs {
  std::string file;
};

CommandResult run_show(const ShowArgs& a, Context& ctx) {
  if (Status s = ctx.supports({OutputFormat::text, OutputFormat::json}); !s) return s.errors();
  if (!a.month.empty() && !a.year.empty()) return usage_error(tr("give --month or --year, not both"));
  Date first = ctx.today;
  int months = 1;
  if (!a.month.empty()) {
    auto d = Date::parse(a.month + "-01");
    if (!d || a.month.size() != 7) return usage_error(trf("--month must be a month like 2026-10, not \"{}\"", a.month));
    first = *d;
  } else if (!a.year.empty()) {
    auto d = Date::parse(a.year + "-01-01");
    if (!d || a.year.size() != 4) return usage_error(trf("--year must be a year like 2026, not \"{}\"", a.year));
    first = *d;
    months = 12;
  }
  auto p = ctx.load();
  if (!p) return p.errors();
  return ctx.print(render_calendar(*p, first, months, ctx.format));
}

/// DATE or FIRST..LAST as a range, or a usage error naming the option.
Result<HolidayRange> parse_range(const DayArgs& a) {
  std::size_t dots = a.dates.find("..");
  auto first = Date::parse(a.dates.substr(0, dots));
  auto last = dots == std::string::npos ? first : Date::parse(a.dates.substr(dots + 2));
  if (!first || !last)
    return usage_error(trf("\"{}\" is not a date like 2026-10-01 or a range like 2026-10-01..2026-10-07", a.dates));
  return HolidayRange{*first, *last, a.name};
}

CommandResult run_add(const DayArgs& a, bool working, Context& ctx) {
  auto range = parse_range(a);
  if (!range) return range.errors();
  return ctx.mutate([&](Project& p) {
    return working ? add_workday(p, *range, ctx.who(), ctx.today) : add_holiday(p, *range, ctx.who(), ctx.today);
  });
}

CommandResult run_import(const ImportArgs& a, Context& ctx) {
  auto text = ctx.fs.read(absolute(a.file), a.file, 4u << 20);
  if (!text) return text.errors();
  auto feed = parse_holiday_ics(*text, a.file);
  if (!feed) return feed.errors();
  return ctx.mutate([&](Project& p) { return import_calendar(p, *feed, a.file, ctx.who(), ctx.today); });
}

void add_day_command(CLI::App& calendar, Context& ctx, const char* group, const char* help, bool working) {
  CLI::App* g = calendar.add_subcommand(group, help);
  g->require_subcommand(1);
  auto a = std::make_shared<DayArgs>();
  CLI::App* add = g->add_subcommand("add", help);
  add->add_option("DATES", a->dates, tr("A date like 2026-10-01, or a range like 2026-10-01..2026-10-07"))->required();
  add->add_option("--name", a->name,
                  working ? tr("What it makes up for, like 国庆节补班") : tr("Its name, like 国庆节"));
  on_run(add, ctx, [a, working, &ctx] { return run_add(*a, working, ctx); });
}

}  // namespace

void register_calendar(CLI::App& app, Context& ctx) {
  CLI::App* calendar =
      app.add_subcommand("calendar", tr("The working calendar: see it, add holidays, make-up working days or a feed"));
  auto show = std::make_shared<ShowArgs>();
  calendar->add_option("--month", show->month, tr("The month to show, like 2026-10 (default: this month)"));
  calendar->add_option("--year", show->year, tr("Show a whole year, like 2026"));
  calendar->callback([calendar, show, &ctx] {
    if (calendar->get_subcommands().empty()) ctx.command = [show, &ctx] { return run_show(*show, ctx); };
  });
  add_day_command(*calendar, ctx, "holiday", tr("Add a holiday or a range of holidays"), false);
  add_day_command(*calendar, ctx, "workday", tr("Add a make-up working day (a day off that is worked, 调休)"), true);
  auto imp = std::make_shared<ImportArgs>();
  CLI::App* import = calendar->add_subcommand(
      "import", tr("Add the holidays and make-up working days of a public-holiday iCalendar feed (.ics)"));
  import->add_option("FILE", imp->file, tr("The .ics file"))->required();
  on_run(import, ctx, [imp, &ctx] { return run_import(*imp, ctx); });
}

}  // namespace pmadmin::cli

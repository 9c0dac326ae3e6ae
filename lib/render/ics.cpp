#include "render/ics.hpp"

#include <fmt/format.h>
#include <array>

#include "base/i18n.hpp"
#include "base/ids.hpp"
#include "plan/calendar.hpp"

namespace pmadmin {

namespace {

std::string ics_date(Date d) {
  std::string iso = d.iso();
  return iso.substr(0, 4) + iso.substr(5, 2) + iso.substr(8, 2);
}

/// "Mon" -> "MO".
std::string ics_weekday(unsigned iso_weekday) {
  static constexpr std::array<const char*, 7> names = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
  return names[iso_weekday % 7];
}

class Writer {
 public:
  void line(const std::string& text) { out_ += ics_fold(text); }
  void prop(const std::string& name, const std::string& text) { line(name + ":" + ics_escape(text)); }
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
};

}  // namespace

bool is_utc_stamp(const std::string& text) {
  bool ok = text.size() == 16 && text[8] == 'T' && text[15] == 'Z';
  for (std::size_t i = 0; ok && i < 15; ++i) ok = i == 8 || (text[i] >= '0' && text[i] <= '9');
  return ok;
}

std::string ics_escape(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case ';': out += "\\;"; break;
      case ',': out += "\\,"; break;
      case '\n': out += "\\n"; break;
      case '\r': break;
      default: out += c;
    }
  }
  return out;
}

std::string ics_fold(const std::string& line) {
  std::string out;
  std::size_t pos = 0, limit = 75;  // the first line holds 75 octets, the rest 74 after the space
  while (line.size() - pos > limit) {
    std::size_t cut = pos + limit;
    while (cut > pos && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
    out.append(line, pos, cut - pos);
    out += "\r\n ";
    pos = cut;
    limit = 74;
  }
  out.append(line, pos, std::string::npos);
  return out + "\r\n";
}

namespace {

/// What every event of the calendar shares.
struct IcsContext {
  const Project& p;
  const WorkCalendar& cal;
  std::string stamp;    ///< DTSTAMP
  std::string project;  ///< slug of the project name, for UIDs
  std::string uid(const std::string& id) const { return id + "." + project + "@pmadmin"; }
};

std::string owner_name(const Project& p, const Task& task) {
  if (auto it = p.people.find(task.owner); it != p.people.end() && !it->second.name.empty()) return it->second.name;
  return task.owner;
}

/// A milestone: an all-day event on its forecast date.
void milestone_event(Writer& w, const IcsContext& c, const ScheduledTask& t) {
  const Task& task = *t.task;
  const std::string owner = owner_name(c.p, task);
  w.line("BEGIN:VEVENT");
  w.line("UID:" + c.uid(task.id));
  w.line("DTSTAMP:" + c.stamp);
  w.line("DTSTART;VALUE=DATE:" + ics_date(t.finish));
  w.line("DTEND;VALUE=DATE:" + ics_date(t.finish.plus_days(1)));
  w.prop("SUMMARY", "◆ " + task.title);
  std::string about = trf("Milestone {} ({}).", task.id, task.status);
  if (task.due) about += " " + trf("Due {}.", task.due->iso());
  if (!owner.empty()) about += " " + trf("Owner: {}.", owner);
  w.prop("DESCRIPTION", about);
  w.line("CATEGORIES:MILESTONE");
  w.line("TRANSP:TRANSPARENT");
  w.line("END:VEVENT");
}

/// A task with a deadline: a to-do due on it.
void deadline_todo(Writer& w, const IcsContext& c, const ScheduledTask& t) {
  const Task& task = *t.task;
  const std::string owner = owner_name(c.p, task);
  w.line("BEGIN:VTODO");
  w.line("UID:" + c.uid(task.id));
  w.line("DTSTAMP:" + c.stamp);
  if (t.start < *task.due) w.line("DTSTART;VALUE=DATE:" + ics_date(t.start));  // DUE must be later (§3.8.2.3)
  w.line("DUE;VALUE=DATE:" + ics_date(*task.due));
  w.prop("SUMMARY", task.title);
  std::string about = trf("Task {}. Forecast {} .. {}.", task.id, t.start.iso(), t.finish.iso());
  if (t.due_slip && *t.due_slip > 0 && t.state != Network::State::done)
    about += " " + trnf("Forecast {} working day after the due date.", "Forecast {} working days after the due date.",
                        static_cast<unsigned long>(*t.due_slip), *t.due_slip);
  if (!owner.empty()) about += " " + trf("Owner: {}.", owner);
  w.prop("DESCRIPTION", about);
  w.line(std::string("STATUS:") + (t.state == Network::State::done          ? "COMPLETED"
                                   : t.state == Network::State::in_progress ? "IN-PROCESS"
                                                                            : "NEEDS-ACTION"));
  w.line(fmt::format("PERCENT-COMPLETE:{}", task.progress));
  w.line(fmt::format("PRIORITY:{}", task.priority >= 700 ? 1 : task.priority >= 400 ? 5 : 9));
  w.line("END:VTODO");
}

/// The next occurrence of a meeting after `d`.
Date next_meeting(const Meeting& m, unsigned weekday, Date d) {
  if (m.every != MeetingEvery::month) return d.plus_days(m.every == MeetingEvery::two_weeks ? 14 : 7);
  auto next = d.ymd().year() / d.ymd().month() + std::chrono::months{1};
  return Date(std::chrono::sys_days{next / std::chrono::weekday{(weekday + 1) % 7}[1]});
}

/// A meeting cadence: a recurring event until the forecast finish, with the occurrences
/// that fall on holidays excluded.
void meeting_event(Writer& w, const IcsContext& c, const Meeting& m, std::size_t index, Date finish) {
  auto weekday = parse_weekday(m.day).value_or(0);
  Date first = c.p.config.start;
  while (first.iso_weekday() != weekday) first = first.plus_days(1);
  if (m.every == MeetingEvery::month)  // the first such weekday of the month
    while (static_cast<unsigned>(first.ymd().day()) > 7) first = first.plus_days(7);
  const bool timed = m.time.size() == 5;
  const std::string hhmmss = timed ? m.time.substr(0, 2) + m.time.substr(3, 2) + "00" : "";
  auto when = [&](Date d) { return timed ? ics_date(d) + "T" + hhmmss : ics_date(d); };
  std::string rule = m.every == MeetingEvery::month
                         ? "FREQ=MONTHLY;BYDAY=1" + ics_weekday(weekday)
                         : std::string("FREQ=WEEKLY;INTERVAL=") + (m.every == MeetingEvery::two_weeks ? "2" : "1") +
                               ";BYDAY=" + ics_weekday(weekday);
  Date until = std::max(finish, first);
  rule += ";UNTIL=" + (timed ? ics_date(until) + "T235959" : ics_date(until));
  std::vector<std::string> skipped;
  for (Date d = first; d <= until; d = next_meeting(m, weekday, d))
    if (!c.cal.is_workday(d)) skipped.push_back(when(d));
  w.line("BEGIN:VEVENT");
  w.line(fmt::format("UID:meeting-{}.{}@pmadmin", index + 1, c.project));
  w.line("DTSTAMP:" + c.stamp);
  w.line((timed ? "DTSTART:" : "DTSTART;VALUE=DATE:") + when(first));
  if (timed)
    w.line(fmt::format("DURATION:PT{}M", m.duration_minutes));
  else
    w.line("DURATION:P1D");
  w.line("RRULE:" + rule);
  for (const auto& x : skipped) w.line((timed ? "EXDATE:" : "EXDATE;VALUE=DATE:") + x);
  w.prop("SUMMARY", m.title.empty() ? tr("Project meeting") : m.title);
  const std::string client = c.p.config.client.empty() ? "pmadmin" : c.p.config.client;
  w.prop("DESCRIPTION",
         m.every == MeetingEvery::week        ? trf("{} ({}), every week on {}.", c.p.config.name, client, m.day)
         : m.every == MeetingEvery::two_weeks ? trf("{} ({}), every two weeks on {}.", c.p.config.name, client, m.day)
                                              : trf("{} ({}), every month on {}.", c.p.config.name, client, m.day));
  w.line("END:VEVENT");
}

}  // namespace

std::string render_ics(const Project& p, const Schedule& s, const IcsOptions& o) {
  WorkCalendar cal(p.config.calendar, p.config.start);
  std::string project = slug_from(p.config.name);
  IcsContext c{p, cal, o.dtstamp.empty() ? ics_date(s.today) + "T000000Z" : o.dtstamp,
               project.empty() ? "project" : project};
  Writer w;
  w.line("BEGIN:VCALENDAR");
  w.line("VERSION:2.0");
  w.line(std::string("PRODID:-//pmadmin//pmadmin ") + PMADMIN_VERSION + "//EN");
  w.line("CALSCALE:GREGORIAN");
  w.line("METHOD:PUBLISH");
  w.prop("X-WR-CALNAME", p.config.name);
  for (const auto& t : s.tasks) {  // forecast order
    if (t.state == Network::State::cancelled) continue;
    if (t.milestone)
      milestone_event(w, c, t);
    else if (t.task->due)
      deadline_todo(w, c, t);
  }
  for (std::size_t i = 0; i < p.config.meetings.size(); ++i) meeting_event(w, c, p.config.meetings[i], i, s.finish);
  w.line("END:VCALENDAR");
  return w.take();
}

}  // namespace pmadmin

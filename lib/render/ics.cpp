#include "render/ics.hpp"

#include <fmt/format.h>

#include "plan/calendar.hpp"
#include "base/ids.hpp"

namespace pmadmin {

namespace {

std::string ics_date(Date d) {
  std::string iso = d.iso();
  return iso.substr(0, 4) + iso.substr(5, 2) + iso.substr(8, 2);
}

/// "Mon" -> "MO".
std::string ics_weekday(unsigned iso_weekday) {
  static const char* names[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
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

std::string render_ics(const Project& p, const Schedule& s, const IcsOptions& o) {
  WorkCalendar cal(p.config.calendar, p.config.start);
  const std::string stamp = o.dtstamp.empty() ? ics_date(s.today) + "T000000Z" : o.dtstamp;
  std::string project = slug_from(p.config.name);
  if (project.empty()) project = "project";
  auto uid = [&](const std::string& id) { return id + "." + project + "@pmadmin"; };

  Writer w;
  w.line("BEGIN:VCALENDAR");
  w.line("VERSION:2.0");
  w.line(std::string("PRODID:-//pmadmin//pmadmin ") + PMADMIN_VERSION + "//EN");
  w.line("CALSCALE:GREGORIAN");
  w.line("METHOD:PUBLISH");
  w.prop("X-WR-CALNAME", p.config.name);

  for (const auto& t : s.tasks) {  // forecast order
    if (t.state == Network::State::cancelled) continue;
    const Task& task = *t.task;
    std::string owner = task.owner;
    if (auto it = p.people.find(task.owner); it != p.people.end() && !it->second.name.empty()) owner = it->second.name;
    if (t.milestone) {
      w.line("BEGIN:VEVENT");
      w.line("UID:" + uid(task.id));
      w.line("DTSTAMP:" + stamp);
      w.line("DTSTART;VALUE=DATE:" + ics_date(t.finish));
      w.line("DTEND;VALUE=DATE:" + ics_date(t.finish.plus_days(1)));
      w.prop("SUMMARY", "◆ " + task.title);
      std::string about = fmt::format("Milestone {} ({}).", task.id, task.status);
      if (task.due) about += fmt::format(" Due {}.", task.due->iso());
      if (!owner.empty()) about += fmt::format(" Owner: {}.", owner);
      w.prop("DESCRIPTION", about);
      w.line("CATEGORIES:MILESTONE");
      w.line("TRANSP:TRANSPARENT");
      w.line("END:VEVENT");
    } else if (task.due) {
      w.line("BEGIN:VTODO");
      w.line("UID:" + uid(task.id));
      w.line("DTSTAMP:" + stamp);
      if (t.start < *task.due) w.line("DTSTART;VALUE=DATE:" + ics_date(t.start));  // DUE must be later (§3.8.2.3)
      w.line("DUE;VALUE=DATE:" + ics_date(*task.due));
      w.prop("SUMMARY", task.title);
      std::string about = fmt::format("Task {}. Forecast {} .. {}.", task.id, t.start.iso(), t.finish.iso());
      if (t.due_slip && *t.due_slip > 0 && t.state != Network::State::done)
        about += fmt::format(" Forecast {} working days after the due date.", *t.due_slip);
      if (!owner.empty()) about += fmt::format(" Owner: {}.", owner);
      w.prop("DESCRIPTION", about);
      w.line(std::string("STATUS:") + (t.state == Network::State::done          ? "COMPLETED"
                                       : t.state == Network::State::in_progress ? "IN-PROCESS"
                                                                                : "NEEDS-ACTION"));
      w.line(fmt::format("PERCENT-COMPLETE:{}", task.progress));
      w.line(fmt::format("PRIORITY:{}", task.priority >= 700 ? 1 : task.priority >= 400 ? 5 : 9));
      w.line("END:VTODO");
    }
  }

  for (std::size_t i = 0; i < p.config.meetings.size(); ++i) {
    const Meeting& m = p.config.meetings[i];
    auto weekday = parse_weekday(m.day).value_or(0);
    Date first = p.config.start;
    while (first.iso_weekday() != weekday) first = first.plus_days(1);
    const bool timed = m.time.size() == 5;
    const std::string hhmmss = timed ? m.time.substr(0, 2) + m.time.substr(3, 2) + "00" : "";
    auto when = [&](Date d) { return timed ? ics_date(d) + "T" + hhmmss : ics_date(d); };
    std::string rule;
    if (m.every == "month") rule = "FREQ=MONTHLY;BYDAY=1" + ics_weekday(weekday);
    else rule = std::string("FREQ=WEEKLY;INTERVAL=") + (m.every == "2weeks" ? "2" : "1") + ";BYDAY=" + ics_weekday(weekday);
    if (m.every == "month") {  // the first such weekday of the month
      while (static_cast<unsigned>(first.ymd().day()) > 7) first = first.plus_days(7);
    }
    Date until = std::max(s.finish, first);
    rule += ";UNTIL=" + (timed ? ics_date(until) + "T235959" : ics_date(until));
    // Occurrences that fall on holidays are cancelled.
    std::vector<std::string> skipped;
    for (Date d = first; d <= until;) {
      if (!cal.is_workday(d)) skipped.push_back(when(d));
      if (m.every == "month") {
        auto ym = d.ymd().year() / d.ymd().month();
        auto next = ym + std::chrono::months{1};
        d = Date(std::chrono::sys_days{next / std::chrono::weekday{(weekday + 1) % 7}[1]});
      } else {
        d = d.plus_days(m.every == "2weeks" ? 14 : 7);
      }
    }
    w.line("BEGIN:VEVENT");
    w.line(fmt::format("UID:meeting-{}.{}@pmadmin", i + 1, project));
    w.line("DTSTAMP:" + stamp);
    w.line((timed ? "DTSTART:" : "DTSTART;VALUE=DATE:") + when(first));
    if (timed) w.line(fmt::format("DURATION:PT{}M", m.duration_minutes));
    else w.line("DURATION:P1D");
    w.line("RRULE:" + rule);
    for (const auto& x : skipped) w.line((timed ? "EXDATE:" : "EXDATE;VALUE=DATE:") + x);
    w.prop("SUMMARY", m.title.empty() ? "Project meeting" : m.title);
    w.prop("DESCRIPTION", fmt::format("{} ({}), every {} on {}.", p.config.name, p.config.client.empty() ? "pmadmin" : p.config.client,
                                      m.every == "2weeks" ? "two weeks" : m.every, m.day));
    w.line("END:VEVENT");
  }
  w.line("END:VCALENDAR");
  return w.take();
}

}  // namespace pmadmin

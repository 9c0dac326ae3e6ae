// pmadmin review: meetings (actions become tasks), quality inspections, acceptance,
// feedback; the views (agenda, list, show, performance) are in cmd_review_views.cpp.
#include <fmt/format.h>
#include <memory>

#include "base/i18n.hpp"
#include "cli/commands.hpp"
#include "edit/reviews.hpp"

namespace pmadmin::cli {

namespace {

struct MeetingArgs {
  std::string title, date, notes;
  std::vector<std::string> attendees, decisions, actions;
};

struct QualityArgs {
  std::string task, result, note;
  std::vector<std::string> passed, failed;
  bool rework = false;
};

struct AcceptArgs {
  std::string task, note;
};

struct FeedbackArgs {
  std::string person, rating, text;
  bool kudos = false;
};

CommandResult run_meeting(const MeetingArgs& a, Context& ctx) {
  NewMeeting m;
  m.title = a.title;
  if (!a.date.empty()) {
    auto d = ctx.date_option("--date", a.date);
    if (!d) return d.errors();
    m.date = *d;
  }
  m.attendees = a.attendees;
  m.notes = a.notes;
  m.decisions = a.decisions;
  for (const auto& text : a.actions) {
    auto action = parse_action(text);
    if (!action) return action.errors();
    m.actions.push_back(*action);
  }
  return ctx.mutate([&](Project& p) { return record_meeting(p, m, ctx.who(), ctx.today); });
}

CommandResult run_quality(const QualityArgs& a, Context& ctx) {
  NewInspection q;
  q.task = a.task;
  q.passed = a.passed;
  q.failed = a.failed;
  q.note = a.note;
  q.rework = a.rework;
  if (!a.result.empty()) {
    q.result = from_text<InspectionResult>(a.result);
    if (!q.result) return usage_error(trf("--result is pass or fail, not \"{}\"", a.result));
  }
  return ctx.mutate([&](Project& p) { return record_inspection(p, q, ctx.who(), ctx.today); });
}

CommandResult run_feedback(const FeedbackArgs& a, Context& ctx) {
  NewFeedback f;
  f.person = a.person;
  if (a.rating.size() != 1 || a.rating[0] < '1' || a.rating[0] > '5')
    return usage_error(trf("--rating is a whole number from 1 to 5, not \"{}\"", a.rating),
                       tr("1 poor, 2 below expectations, 3 as expected, 4 good, 5 excellent"));
  f.rating = a.rating[0] - '0';
  f.text = a.text;
  f.kudos = a.kudos;
  return ctx.mutate([&](Project& p) { return record_feedback(p, f, ctx.who(), ctx.today); });
}

}  // namespace

void register_review(CLI::App& app, Context& ctx) {
  CLI::App* review = app.add_subcommand(
      "review", tr("Meetings, quality inspections and acceptance, feedback; agenda, list, performance"));
  review->require_subcommand(1);
  {
    auto a = std::make_shared<MeetingArgs>();
    CLI::App* meeting = review->add_subcommand("meeting", tr("Record a meeting; each --action becomes a task"));
    meeting->add_option("--title", a->title, tr("What meeting (default: Weekly status)"));
    meeting->add_option("--date", a->date, tr("When it took place (default: today)"));
    meeting->add_option("--attendees", a->attendees, tr("Who was there: ID,ID,..."))->delimiter(',');
    meeting->add_option("--notes", a->notes, tr("What was discussed"));
    meeting->add_option("--decision", a->decisions, tr("A decision taken (repeat for more)"));
    meeting->add_option("--action", a->actions, tr("\"TEXT;owner=ID;due=DATE\": becomes a task (repeat for more)"));
    on_run(meeting, ctx, [a, &ctx] { return run_meeting(*a, ctx); });
  }
  {
    auto a = std::make_shared<QualityArgs>();
    CLI::App* quality =
        review->add_subcommand("quality", tr("Record an inspection of a task against its acceptance criteria"));
    quality->add_option("TASK", a->task, tr("The task inspected"))->required();
    quality->add_option("--pass", a->passed,
                        tr("A criterion that passed, by its exact name or its number (repeat for more)"));
    quality->add_option("--fail", a->failed,
                        tr("A criterion that failed, by its exact name or its number (repeat for more)"));
    quality->add_option("--result", a->result, tr("pass or fail, for a task without acceptance criteria"));
    quality->add_option("--note", a->note, tr("What was found"));
    quality->add_flag("--rework", a->rework, tr("Open a rework task for what failed, owned by the task's owner"));
    on_run(quality, ctx, [a, &ctx] { return run_quality(*a, ctx); });
  }
  {
    auto a = std::make_shared<AcceptArgs>();
    CLI::App* accept = review->add_subcommand(
        "accept",
        guarded(tr("Sign a deliverable off once every criterion has passed"), GuardedAction::accept_deliverable));
    accept->add_option("TASK", a->task, tr("The task whose deliverable is accepted"))->required();
    accept->add_option("--note", a->note, tr("Anything to keep with the acceptance"));
    on_run(accept, ctx, [a, &ctx] {
      return ctx.mutate([&](Project& p) { return accept_deliverable(p, a->task, a->note, ctx.who(), ctx.today); });
    });
  }
  {
    auto a = std::make_shared<FeedbackArgs>();
    CLI::App* feedback = review->add_subcommand(
        "feedback", tr("Give a person feedback, from you: client to team or team to client admin"));
    feedback->add_option("PERSON", a->person, tr("Who it is for"))->required();
    feedback->add_option("--rating", a->rating, "1-5")->required();
    feedback->add_option("--text", a->text, tr("What went well, or what to improve"))->required();
    feedback->add_flag("--kudos", a->kudos, tr("Recognition: counted apart in the performance view"));
    on_run(feedback, ctx, [a, &ctx] { return run_feedback(*a, ctx); });
  }
  register_review_views(*review, ctx);
}

}  // namespace pmadmin::cli

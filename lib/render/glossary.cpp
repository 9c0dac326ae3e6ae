#include "render/glossary.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <iterator>

#include "base/i18n.hpp"
#include "base/text.hpp"

namespace pmadmin {

namespace {

// The terms as data (not a function body): one entry per figure, in the order listed.
const GlossaryTerm kTerms[] = {
    {"bac",
     {"budget-at-completion"},
     N_("BAC (budget at completion)"),
     N_("what the costed tasks are planned to cost in all"),
     N_("the sum of the planned cost of every task not cancelled: its cost, else its effort (or duration) times its "
        "owner's rate. Tasks with neither are not costed work."),
     N_("it is not the budget: the budget lines (budget plan) also hold money not tied to tasks, like materials."),
     "pmadmin budget status; report"},
    {"pv",
     {"planned-value"},
     N_("PV (planned value)"),
     N_("the worth of the work that should be done by today"),
     N_("each costed task's planned cost times the share of its planned working days up to and including today, "
        "per the latest baseline, else the plan without progress."),
     N_("compare it with EV: EV below PV means behind schedule."),
     "pmadmin budget status; report"},
    {"ev",
     {"earned-value"},
     N_("EV (earned value)"),
     N_("the worth of the work actually done, at its planned cost"),
     N_("each costed task's planned cost times its progress (100% when done)."),
     N_("EV is what you got for your money; compare it with PV (time) and AC (money)."),
     "pmadmin budget status; report"},
    {"ac",
     {"actual-cost"},
     N_("AC (actual cost)"),
     N_("what was spent on the costed tasks up to today"),
     N_("the expenses dated up to today that are booked to a costed task (budget spend --task). Spending without a "
        "task, or on a task without a planned cost, is controlled by its budget line and kept out of AC, so CPI "
        "compares like with like."),
     N_("book expenses to their task so AC is complete."),
     "pmadmin budget status; report"},
    {"sv",
     {"schedule-variance"},
     N_("SV (schedule variance)"),
     N_("work done minus work planned by today, in money"),
     N_("SV = EV - PV."),
     N_("negative: behind schedule by that much work."),
     "pmadmin budget status"},
    {"cv",
     {"cost-variance"},
     N_("CV (cost variance)"),
     N_("the worth of the work done minus what it cost"),
     N_("CV = EV - AC."),
     N_("negative: the work done cost more than planned."),
     "pmadmin budget status"},
    {"spi",
     {"schedule-performance-index"},
     N_("SPI (schedule performance index)"),
     N_("how much of the work planned by now is done, as a ratio"),
     N_("SPI = EV / PV; none before any work was due."),
     N_("1.00 on plan, 0.80 means a fifth of the planned work is not done; below 0.9 check warns (low-spi), below "
        "0.8 the report's schedule is red. A task with float can lag without delaying the finish: look at float."),
     "pmadmin budget status; pmadmin check low-spi; report"},
    {"cpi",
     {"cost-performance-index"},
     N_("CPI (cost performance index)"),
     N_("how much work each unit of money spent on the costed tasks bought"),
     N_("CPI = EV / AC; none before money is booked to a costed task."),
     N_("1.00 on budget, 0.80 means every 100 spent bought 80 of planned work; below 0.9 check warns (low-cpi)."),
     "pmadmin budget status; pmadmin check low-cpi; report"},
    {"eac",
     {"estimate-at-completion"},
     N_("EAC (estimate at completion)"),
     N_("what the costed tasks will cost in the end if spending goes on as so far"),
     N_("EAC = BAC / CPI. Also shown: AC + (BAC - EV), the cost if the rest goes as planned."),
     N_("above BAC by more than 10%: check warns (forecast-overrun) and the report's budget is red."),
     "pmadmin budget status; pmadmin check forecast-overrun; report"},
    {"etc",
     {"estimate-to-complete"},
     N_("ETC (estimate to complete)"),
     N_("what the rest of the costed work will cost"),
     N_("ETC = EAC - AC."),
     N_("money still needed for the tasks, at the efficiency so far."),
     "pmadmin budget status"},
    {"vac",
     {"variance-at-completion"},
     N_("VAC (variance at completion)"),
     N_("how far over (negative) or under the costed tasks will finish"),
     N_("VAC = BAC - EAC."),
     N_("negative: expect an overrun of that much; consider a budget adjustment."),
     "pmadmin budget status"},
    {"tcpi",
     {"to-complete-performance-index"},
     N_("TCPI (to-complete performance index)"),
     N_("how efficiently the rest must go to finish on BAC"),
     N_("TCPI = (BAC - EV) / (BAC - AC)."),
     N_("above 1.1 is rarely achieved: plan an adjustment instead of hoping."),
     "pmadmin budget status"},
    {"float",
     {"total-float", "slack"},
     N_("Float (total float)"),
     N_("how many working days a task can slip before the project finish moves"),
     N_("late finish - early finish, in working days, from the critical path method."),
     N_("0: the task is critical. A task past its early finish with float left is not late; past its late finish "
        "it is behind plan (check behind-plan) and the finish slips."),
     "pmadmin schedule show; pmadmin check behind-plan"},
    {"free-float",
     {},
     N_("Free float"),
     N_("how many working days a task can slip before any successor moves"),
     N_("the earliest start of its successors - its early finish."),
     N_("free float is never more than total float."),
     "pmadmin schedule show --format json"},
    {"late-finish",
     {"lf"},
     N_("Late finish"),
     N_("the last day a task can finish without moving the project finish"),
     N_("from the backward pass of the critical path method (and due dates)."),
     N_("an open task past its late finish is behind plan (check behind-plan)."),
     "pmadmin schedule show --format json; pmadmin check behind-plan"},
    {"critical-path",
     {"critical"},
     N_("Critical path"),
     N_("the chain of tasks with no float: a day lost on any of them is a day lost for the project"),
     N_("the tasks whose total float is 0 (or the least), in order."),
     N_("watch these tasks first; shorten or split them to finish earlier."),
     "pmadmin schedule critical; pmadmin schedule show (*)"},
    {"slip",
     {"delay"},
     N_("Slip"),
     N_("how many working days a date moved against its reference"),
     N_("forecast finish - baseline finish (else due date), in working days."),
     N_("positive: late. The milestone table says which reference it used."),
     "pmadmin schedule baseline diff; report"},
    {"baseline",
     {},
     N_("Baseline"),
     N_("a frozen copy of the agreed plan, to measure against"),
     N_("saved with schedule baseline save NAME (needs set-baseline); PV and slip follow the latest."),
     N_("save one when the client signs the plan; save a new one only for an approved change."),
     "pmadmin schedule baseline show"},
    {"emv",
     {"expected-monetary-value"},
     N_("EMV (expected monetary value)"),
     N_("what an open risk is expected to cost, weighed by its probability"),
     N_("cost impact x probability (1-5 read as 10, 30, 50, 70, 90%); threats and opportunities apart."),
     N_("compare the threats' EMV with what is left in the contingency line."),
     "pmadmin risk exposure; pmadmin budget status"},
    {"risk-score",
     {"score"},
     N_("Risk score"),
     N_("how serious a risk is: probability x impact, 1 to 25"),
     N_("probability (1-5) x impact (1-5); levels low 1-4, medium 5-9, high 10-19, critical 20-25 unless "
        "risk-levels: says otherwise."),
     N_("high and critical risks need an owner and a response (check unowned-high-risk)."),
     "pmadmin risk list; pmadmin risk matrix"},
    {"p80",
     {"p50", "p95", "percentile"},
     N_("P50 / P80 / P95"),
     N_("the finish date met in 50%, 80% or 95% of simulated runs"),
     N_("Monte Carlo over the tasks' three-point estimates (and risk events), seeded so runs repeat."),
     N_("promise the P80 date, not the plan's date; the gap is the schedule risk."),
     "pmadmin schedule simulate"},
    {"nps",
     {"net-promoter-score"},
     N_("NPS (net promoter score)"),
     N_("how many would recommend you minus how many would not, from -100 to 100"),
     N_("% promoters (9-10) - % detractors (0-6) on the 0-10 question."),
     N_("below 0 the report is red; below the target (30 unless checks: says) check warns."),
     "pmadmin survey report; report"},
    {"csat",
     {"customer-satisfaction"},
     N_("CSAT (customer satisfaction)"),
     N_("the share of answers that are satisfied"),
     N_("% of answers 4 or 5 on a 1-5 question."),
     N_("below 70% the report's satisfaction is amber."),
     "pmadmin survey report; report"},
    {"outside",
     {"outside-evm", "not-in-evm"},
     N_("Spending outside the costed tasks"),
     N_("money spent with no task, or on a task without a planned cost"),
     N_("expenses not booked to a costed task; each budget line controls them (spent against planned + "
        "adjustments)."),
     N_("it is not in CPI; watch the line's USED and OVER in budget status."),
     "pmadmin budget status"},
};

}  // namespace

const std::vector<GlossaryTerm>& glossary() {
  static const std::vector<GlossaryTerm> terms(std::begin(kTerms), std::end(kTerms));
  return terms;
}

Result<const GlossaryTerm*> find_term(const std::string& word) {
  std::string key = lowercase(word);
  while (!key.empty() && key.back() == ' ') key.pop_back();
  while (!key.empty() && key.front() == ' ') key.erase(key.begin());
  std::replace(key.begin(), key.end(), ' ', '-');
  std::replace(key.begin(), key.end(), '_', '-');
  std::vector<std::string> known;
  for (const auto& t : glossary()) {
    if (t.key == key || std::find(t.aliases.begin(), t.aliases.end(), key) != t.aliases.end()) return &t;
    known.push_back(t.key);
  }
  return make_error_of(ErrorKind::usage, trf("no explanation for \"{}\"", word),
                       did_you_mean(key, known, tr("pmadmin explain lists every term")));
}

std::string render_glossary(const std::vector<const GlossaryTerm*>& terms, bool full) {
  std::string out;
  if (!full) {
    for (const GlossaryTerm* g : terms) out += fmt::format("  {:<14} {}\n", g->key, tr(g->meaning.c_str()));
    return out + tr("More on one of them: pmadmin explain TERM\n");
  }
  for (const GlossaryTerm* g : terms)
    out += (out.empty() ? "" : "\n") + trf("{}: {}.\n\nHow: {}\nReading it: {}\nShown by: {}\n", tr(g->name.c_str()),
                                           tr(g->meaning.c_str()), tr(g->how.c_str()), tr(g->reading.c_str()),
                                           g->shown_by);
  return out;
}

}  // namespace pmadmin

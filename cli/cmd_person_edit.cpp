// pmadmin assign person edit / remove (lib/edit/people.hpp).
#include <fmt/format.h>
#include <memory>

#include "base/i18n.hpp"
#include "cli/commands.hpp"
#include "edit/people.hpp"
#include "model/grammar.hpp"

namespace pmadmin::cli {

namespace {

struct PersonEditArgs {
  std::string person, name, email, org, capacity, rate;
  CLI::Option *name_opt = nullptr, *email_opt = nullptr, *org_opt = nullptr, *capacity_opt = nullptr,
              *rate_opt = nullptr;
};

Result<PersonEdit> person_edit(const PersonEditArgs& a) {
  PersonEdit e;
  if (a.name_opt->count()) e.name = a.name;
  if (a.email_opt->count()) e.email = a.email == "none" ? "" : a.email;
  if (a.org_opt->count()) e.org = from_text<Org>(a.org);
  if (a.capacity_opt->count() && !(e.capacity_percent = parse_capacity(a.capacity)))
    return usage_error(trf("--capacity must be a share of full time from 0 to 1 (like 0.5), not \"{}\"", a.capacity));
  if (a.rate_opt->count()) {
    if (a.rate == "none") {
      e.rate = std::optional<Money>{};
    } else if (auto m = Money::parse(a.rate); m && m->minor() >= 0) {
      e.rate = m;
    } else {
      return usage_error(trf("--rate must be an amount per working day like 800.00 (or none), not \"{}\"", a.rate));
    }
  }
  return e;
}

}  // namespace

void register_person_edit(CLI::App& person, Context& ctx) {
  {
    auto a = std::make_shared<PersonEditArgs>();
    CLI::App* edit = person.add_subcommand(
        "edit", tr("Correct a person: name, e-mail, org, capacity, rate (others or an e-mail: needs manage-roles)"));
    edit->add_option("PERSON", a->person, tr("Person ID"))->required();
    a->name_opt = edit->add_option("--name", a->name, tr("Full name"));
    a->email_opt = edit->add_option("--email", a->email, tr("E-mail; none clears"));
    a->org_opt = edit->add_option("--org", a->org, tr("client, team or vendor"))->check(CLI::IsMember(words_of<Org>()));
    a->capacity_opt = edit->add_option("--capacity", a->capacity, tr("Share of full time, 0 to 1"));
    a->rate_opt = edit->add_option("--rate", a->rate, tr("Cost per working day; none clears"));
    on_run(edit, ctx, [a, &ctx]() -> CommandResult {
      auto e = person_edit(*a);
      if (!e) return e.errors();
      return ctx.mutate([&](Project& p) { return edit_person(p, a->person, *e, ctx.who(), ctx.today); });
    });
  }
  {
    auto a = std::make_shared<std::pair<std::string, std::string>>();
    CLI::App* remove = person.add_subcommand(
        "remove",
        guarded(tr("Remove a person added by mistake (history keeps everyone else)"), GuardedAction::grant_role));
    remove->add_option("PERSON", a->first, tr("Person ID"))->required();
    remove->add_option("--reassign-to", a->second, tr("Who takes over their open tasks"));
    on_run(remove, ctx, [a, &ctx]() -> CommandResult {
      return ctx.mutate([&](Project& p) { return remove_person(p, a->first, a->second, ctx.who(), ctx.today); });
    });
  }
}

}  // namespace pmadmin::cli

#pragma once
/// What an edit did to the model: the entities it touched and a summary for the user. Edits
/// change the Project in memory and return this; the store encodes exactly the touched
/// entities and writes them (store/store.hpp mutate_project).
#include <string>
#include <vector>

namespace pmadmin {

/// The kinds of entity that have a file of their own (SPEC §1).
enum class EntityKind { config, person, task, risk, budget, expense, review, survey, response, baseline };

enum class ChangeKind {
  created,  ///< a new file, created exclusively: never overwrites one that appeared meanwhile
  changed,  ///< an existing file rewritten (skipped when the bytes are the same)
  deleted,  ///< the file removed
};

struct Touched {
  EntityKind kind = EntityKind::task;
  std::string id;  ///< empty for config and budget
  ChangeKind change = ChangeKind::changed;
  std::string parent;  ///< the survey of a response; empty otherwise
};

/// An edit's result: what it touched, in the order the user should see it, and one summary.
struct Outcome {
  std::vector<Touched> touched;
  std::string summary;

  void created(EntityKind kind, std::string id, std::string parent = {}) {
    touched.push_back({kind, std::move(id), ChangeKind::created, std::move(parent)});
  }
  void changed(EntityKind kind, std::string id = {}, std::string parent = {}) {
    touched.push_back({kind, std::move(id), ChangeKind::changed, std::move(parent)});
  }
  void deleted(EntityKind kind, std::string id, std::string parent = {}) {
    touched.push_back({kind, std::move(id), ChangeKind::deleted, std::move(parent)});
  }
};

}  // namespace pmadmin

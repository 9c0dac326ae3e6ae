#pragma once
/// Comments survive pmadmin's writes. The writer emits canonical YAML from the model, which
/// holds no comments; before a file is replaced, the comments of its previous text are put
/// back: a full-line comment before the key or list item that followed it, an end-of-line
/// comment after its value, any comment whose place is gone at the end of the file. The
/// result must read back to exactly the same values, else every comment goes to the end.
#include <string>
#include <string_view>

namespace pmadmin {

/// `new_text` with the comments of `old_text` placed back; `new_text` itself when the old
/// text had none. A canonical file with comments that the change leaves alone comes back
/// byte for byte.
std::string keep_comments(std::string_view old_text, const std::string& new_text);

}  // namespace pmadmin

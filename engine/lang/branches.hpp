// Branch checks: the correct use of labels and of break, continue, goto
// and fallthrough in a function body, a port of the compiler's
// cmd/compile/internal/syntax/branches.go. The compiler runs them while
// parsing, on each function (and function literal) whose body parsed
// without errors, so the parser does too; types2 then skips its own.
// They report (in the compiler's words, not as syntax errors):
//   - misplaced break, continue and fallthrough;
//   - bad labeled breaks and continues;
//   - unused, duplicate and missing labels;
//   - gotos jumping over variable declarations and into blocks;
// and set each BranchStmt's target.
#pragma once

#include <string_view>

#include "ast.hpp"
#include "source.hpp"

namespace goro::lang {

// check_branches() checks a function body. filename is how positions are
// written inside messages ("label L already defined at ./prog.go:4:1").
void check_branches(BlockStmt* body, Diagnostics& diags, std::string_view filename);

}  // namespace goro::lang

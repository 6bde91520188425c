// Printing syntax trees as Go source in the compiler's short form
// (syntax.String): one line, with the bodies of function and composite
// literals abbreviated to "{…}". Error messages quote code this way
// ("cannot use x := 1 as value"), the parser's and the checker's alike.
#pragma once

#include <string>

#include "ast.hpp"

namespace goro::lang {

// node_string() prints an expression, a type or a simple statement.
std::string node_string(const Node* n);

// list_string() prints a list of expressions separated by ", ".
std::string list_string(List<Expr> xs);

}  // namespace goro::lang

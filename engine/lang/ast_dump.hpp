// ast_dump: a syntax tree as canonical S-expressions, for tests.
//
// tests/lang/astdump/main.go prints go/ast trees in the same form, so the
// parser is checked against Go's own parser: the two dumps of a file must
// be equal. The form therefore holds only what both trees can express
// (positions included); the contract, node by node, is written once, in
// ast_dump.cpp, and changes there must also be made in main.go.
#pragma once

#include <string>

#include "ast.hpp"

namespace goro::lang {

// dump_file() is the S-expression form of a file, ending in a newline.
std::string dump_file(const File& file);

// dump_node() is the form of any node (no final newline).
std::string dump_node(const Node* n);

}  // namespace goro::lang

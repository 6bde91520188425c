// Parser: Go source text to a syntax tree (ast.hpp), a recursive-descent
// port of the compiler's parser (cmd/compile/internal/syntax/parser.go, as
// of Go 1.22). It reports syntax errors in the compiler's words at the
// compiler's positions, recovers as the compiler does, and always returns a
// File, however broken the input: after errors the tree is partial (with
// BadExpr where an expression was missing) and only fit for diagnostics.
// Like the compiler it checks the branch statements of each function body
// that parsed without errors (branches.hpp).
//
// The compiler type-checks a file if no *syntax* error was reported
// (Diagnostics::syntax_errors() == 0): lexical errors ("newline in
// string"), branch errors and a few others ("method has no receiver",
// "middle index required in 3-index slice") do not stop it, and the tree
// then still has bad literals (BasicLit::bad) or BadExprs to skip.
#pragma once

#include <memory>
#include <string_view>

#include "ast.hpp"
#include "source.hpp"

namespace goro::lang {

struct ParseOptions {
  // max_depth bounds the nesting of expressions, types and statements
  // (each link of a chain such as a+b+c or x.f().g counts as a level), so
  // that deeply nested input gets a diagnostic ("exceeded max nesting
  // depth") instead of overflowing the C stack. A level costs up to about
  // 0.5 KiB of stack in an optimized native build (several times that
  // unoptimized or under sanitizers), so the default needs about 0.5 MiB
  // (kMaxNesting, lower in WebAssembly). Real programs nest a few dozen
  // levels.
  int max_depth = kMaxNesting;

  // filename is how positions are written inside messages ("label L
  // already defined at ./prog.go:4:1"), as `go build` names the file.
  std::string_view filename = "./prog.go";

  // check_branches runs the branch checks (branches.hpp), as the compiler
  // does; tests comparing trees with go/parser, which has none, turn it off.
  bool check_branches = true;
};

// parse_file() parses a whole source file (package clause, imports,
// declarations). The text is copied: the File does not refer to it.
std::unique_ptr<File> parse_file(std::string_view text, Diagnostics& diags, const ParseOptions& options = {});

}  // namespace goro::lang

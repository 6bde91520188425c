// front_end.hpp: the whole front end run on one source text, as the fuzzer
// (front_end_fuzzer.cpp) and the regression test (../fuzz_regress_test.cpp)
// both drive it: changes here change what both exercise.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "ast_dump.hpp"
#include "check.hpp"
#include "parser.hpp"

namespace goro::lang::fuzz {

// kMaxInput caps the input: bigger sources only slow the fuzzer down (and
// time out for reasons unrelated to bugs); what breaks the front end breaks
// it at a few KiB already.
inline constexpr size_t kMaxInput = 64 * 1024;

// run_front_end() lexes and parses src, dumps the tree (ast_dump walks every
// node, the partial trees of broken input included), type-checks it when it
// has no syntax errors (with a fresh TypeTable and Package, as a program is
// checked) and formats the diagnostics. It returns the formatted
// diagnostics; what matters is that it returns at all, without a crash,
// hang or sanitizer report. Input beyond kMaxInput is ignored.
inline std::string run_front_end(std::string_view src) {
  if (src.size() > kMaxInput) return {};
  Diagnostics diags;
  // Declared before types and pkg: the checker's results refer into the
  // file's text, so the file must outlive them (check.hpp).
  std::unique_ptr<File> file = parse_file(src, diags);
  (void)dump_file(*file);
  if (diags.syntax_errors() == 0) {
    TypeTable types;
    Package pkg;
    check(*file, types, diags, pkg);
  }
  return diags.format();
}

}  // namespace goro::lang::fuzz

// The bytecode compiler: a checked program (check.hpp's result contract) to
// a vm::Program of Protos (proto.hpp) over the instruction set of
// opcodes.def.
//
//   Diagnostics diags;  auto file = parse_file(src, diags);
//   TypeTable types;  Package pkg;
//   if (diags.syntax_errors() == 0 && check(*file, types, diags, pkg)) {
//     std::unique_ptr<vm::Program> prog = compile(pkg, types, diags);
//   }
//
// Constructs the compiler does not support yet are reported as compile
// errors ("... is not supported yet") at their position, never
// compiled into something that behaves differently from Go.
#pragma once

#include <memory>

#include "check.hpp"
#include "source.hpp"
#include "types.hpp"
#include "vm.hpp"

namespace goro::lang {

struct CompileOptions {
  std::string filename = "./prog.go";  // tracebacks' file name
};

// compile() returns the program, or null after reporting errors to diags.
// The Program refers to nothing of pkg, types or the syntax tree: they may
// be freed once it returns.
std::unique_ptr<vm::Program> compile(Package& pkg, TypeTable& types, Diagnostics& diags,
                                     const CompileOptions& options = {});

}  // namespace goro::lang

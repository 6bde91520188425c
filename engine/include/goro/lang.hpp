// goro::lang: the Go interpreter's entry points — build a single-file
// `package main` program from source, run it on the goro runtime.
//
//   goro::lang::Build b = goro::lang::build(source);
//   if (!b.exe) { fputs(b.text.c_str(), stderr); return 2; }   // as `go run`
//   int status = goro::lang::run(*b.exe, options);           // as goro::run
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "goro/options.hpp"

namespace goro::lang {

// SourceError is one compile error, at a 1-based line and column.
struct SourceError {
  uint32_t line = 0;
  uint32_t col = 0;
  std::string message;  // Go's wording, without the position
};

// Executable is a compiled program. One run at a time.
class Executable;

struct Build {
  std::shared_ptr<Executable> exe;  // null when there were errors
  std::vector<SourceError> errors;  // in position order; Go's first 10
  // text is what `go run` prints for the errors, one
  // "./prog.go:LINE:COL: message" line each, then "too many errors" when
  // there were more than 10 (under its "# command-line-arguments" line);
  // for a file that is not package main, go run's one line "package
  // command-line-arguments is not a main package".
  std::string text;
  // status is what `go run` exits with when the build fails: 2 for compile
  // errors, 1 for a file that is not package main (refused before compiling).
  int status = 2;
  // header: text goes under go run's "# command-line-arguments" line.
  bool header = true;
};

struct BuildOptions {
  std::string filename = "./prog.go";  // as errors and tracebacks name the file
};

Build build(std::string_view source, const BuildOptions& options = {});

// run() runs the program as goroutine 1 under goro::run: its output goes
// to opts.sink (or stdout/stderr), panics and deadlocks are reported as
// Go reports them. Returns the exit status (0, 2, or os.Exit's code).
int run(Executable& exe, Options opts = {});

// disassemble() lists the bytecode of package main's functions (what
// `goro run --disasm` prints): for reading what the compiler made of a loop.
std::string disassemble(const Executable& exe);

}  // namespace goro::lang

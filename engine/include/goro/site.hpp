// Site: a source location captured at a call site.
//
// Every blocking or goroutine-creating call takes a `Site site = {}` default
// argument. The constructor's own default arguments are evaluated where the
// caller wrote the call, so the runtime learns the file:line of a `go`
// statement or of a blocked receive without macros. This is what the deadlock
// report prints under each goroutine.
#pragma once

namespace goro {

struct Site {
  const char* file;
  int line;
  constexpr Site(const char* f = __builtin_FILE(), int l = __builtin_LINE()) noexcept
      : file(f), line(l) {}
};

}  // namespace goro

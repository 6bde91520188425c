// Goroutine control: yield, exit, panic.
#pragma once

#include <stdexcept>
#include <string>

#include "goro/site.hpp"

namespace goro {

// yield() lets other runnable goroutines run (runtime.Gosched).
void yield();

// num_goroutine() is the number of goroutines started and not yet ended,
// the caller included (runtime.NumGoroutine); 0 outside a run.
int num_goroutine();

// goexit() ends the calling goroutine (runtime.Goexit): its stack unwinds,
// destructors running, and it is gone. The main goroutine's ending this way
// does not end the program: the others go on, and when none is left it
// ends as Go's does, "fatal error: no goroutines (main called
// runtime.Goexit) - deadlock!" (or the usual deadlock report while some
// are blocked), status 2.
[[noreturn]] void goexit();

// exit(code) ends the whole program at once with the given status, like
// os.Exit: deferred work (destructors) of other goroutines does not run.
[[noreturn]] void exit(int code);

// Panic is the exception goro::panic throws. If it escapes a goroutine the
// program prints "panic: <message>" and the goroutine trace, and exits 2.
// Catching it is the C++ spelling of recover().
class Panic : public std::runtime_error {
 public:
  Panic(std::string message, Site site) : std::runtime_error(std::move(message)), site_(site) {}
  const Site& site() const noexcept { return site_; }
  // A runtime error (e.g. "send on closed channel") is printed by Go with a
  // "[recovered]"-free plain form; user panics of strings print verbatim too.
 private:
  Site site_;
};

// panic(msg) panics with msg; the report shows the goroutine and this call's site.
[[noreturn]] void panic(std::string message, Site site = {});

}  // namespace goro

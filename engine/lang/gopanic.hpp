// GoPanic: a Go panic in flight. The VM and the natives raise panics by
// throwing it; the VM's unwinder runs deferred calls, lets recover() stop
// it, and otherwise reports it as Go does ("panic: " + the value printed,
// " [recovered]" chains, goroutine trace) with exit status 2.
#pragma once

#include <string>
#include <string_view>

#include "value.hpp"

namespace goro::lang::vm {

struct GoPanic {
  Iface value;  // what panic() was given, or a runtime error value
};

// panic_runtime_error() panics with a runtime.Error whose Error() is
// "runtime error: " + msg (index out of range, nil map writes, ...).
[[noreturn]] void panic_runtime_error(std::string_view msg);
// panic_plain_error() panics with a runtime.Error whose Error() is msg
// itself, as Go's plainError ("send on closed channel",
// "close of nil channel", "all goroutines are asleep" is not a panic).
[[noreturn]] void panic_plain_error(std::string_view msg);
// panic_string() is panic(msg) with a string value, as natives such as
// sync's "sync: negative WaitGroup counter" raise.
[[noreturn]] void panic_string(std::string_view msg);

}  // namespace goro::lang::vm

// run: execute a program on the goro runtime.
#pragma once

#include <functional>

#include "goro/options.hpp"

namespace goro {

// run() runs main_fn as goroutine 1 (main.main) and returns the program's
// exit status: 0 when main returns, 2 after a panic, a deadlock or a limit,
// or the code given to goro::exit. Goroutines still alive when main returns
// never run again; their stacks are unwound and reclaimed before run returns.
int run(std::function<void()> main_fn, Options opts = {});

}  // namespace goro

// Program output: the single path by which goroutines write stdout/stderr.
//
// Every byte a program prints goes through write(), so the runtime can stamp
// it with the writing goroutine and the clock, hand it to the Sink, and
// enforce Options::output_limit.
#pragma once

#include <string_view>

namespace goro {

enum class Stream { Stdout = 1, Stderr = 2 };

// write() writes bytes to the program's stdout or stderr. Inside goro::run it
// goes through the run's Sink (or the process's fds); outside a run it writes
// to the process's fds directly.
void write(Stream stream, std::string_view bytes);

}  // namespace goro

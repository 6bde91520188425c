// Go's log package: the standard logger, which writes each message to
// stderr as one line "2009/11/10 23:00:00 message" (flags LstdFlags).
//
//   goro::log::println("connected", n);      // log.Println
//   goro::log::printf("took %v", elapsed);     // log.Printf
//   goro::log::fatalf("bad config: %v", err);  // log.Fatalf: prints, then exits 1
//
// Times come from goro::now() and are shown in UTC (the Go playground's
// local time zone). Each message is one goro::write, so concurrent log lines
// never interleave. Llongfile and Lshortfile are accepted but print no file
// name: the variadic calls have no place to capture their call site.
#pragma once

#include <string>
#include <string_view>

#include "goro/fmt.hpp"

namespace goro {

struct Time;

namespace log {

// Flags select the header printed before each message, as in Go.
inline constexpr int Ldate = 1 << 0;          // 2009/01/23
inline constexpr int Ltime = 1 << 1;          // 01:23:23
inline constexpr int Lmicroseconds = 1 << 2;  // 01:23:23.123123; implies Ltime
inline constexpr int Llongfile = 1 << 3;      // not supported (ignored)
inline constexpr int Lshortfile = 1 << 4;     // not supported (ignored)
inline constexpr int LUTC = 1 << 5;           // times are always UTC
inline constexpr int Lmsgprefix = 1 << 6;     // prefix goes before the message, not the line
inline constexpr int LstdFlags = Ldate | Ltime;

// flags()/set_flags() read and set the standard logger's flags.
int flags();
void set_flags(int flags);
// prefix()/set_prefix() read and set the text printed at the start of each line.
std::string prefix();
void set_prefix(std::string prefix);

// output() writes s with the header, adding a newline if s lacks one
// (log.Output). All other functions here end in output().
void output(std::string_view s);

// format_line() is the line output() writes for message s at time t, given
// the prefix and flags. Exposed for tests; pure.
std::string format_line(std::string_view prefix, int flags, const Time& t, std::string_view s);

// print() logs sprint(a...) (log.Print).
template <class... A>
void print(const A&... a) {
  output(sprint(a...));
}

// println() logs sprintln(a...) (log.Println).
template <class... A>
void println(const A&... a) {
  output(sprintln(a...));
}

// printf() logs sprintf(format, a...) (log.Printf).
template <class... A>
void printf(std::string_view format, const A&... a) {
  output(sprintf(format, a...));
}

// fatal_output() logs s and ends the program with status 1 (os.Exit(1)).
[[noreturn]] void fatal_output(std::string_view s);

// fatal() is print() followed by goro::exit(1) (log.Fatal).
template <class... A>
[[noreturn]] void fatal(const A&... a) {
  fatal_output(sprint(a...));
}

// fatalln() is println() followed by goro::exit(1) (log.Fatalln).
template <class... A>
[[noreturn]] void fatalln(const A&... a) {
  fatal_output(sprintln(a...));
}

// fatalf() is printf() followed by goro::exit(1) (log.Fatalf).
template <class... A>
[[noreturn]] void fatalf(std::string_view format, const A&... a) {
  fatal_output(sprintf(format, a...));
}

// panic_output() logs s and then panics with s as the message.
[[noreturn]] void panic_output(std::string s);

// panic() is print() followed by goro::panic (log.Panic).
template <class... A>
[[noreturn]] void panic(const A&... a) {
  panic_output(sprint(a...));
}

// panicln() is println() followed by goro::panic (log.Panicln).
template <class... A>
[[noreturn]] void panicln(const A&... a) {
  panic_output(sprintln(a...));
}

// panicf() is printf() followed by goro::panic (log.Panicf).
template <class... A>
[[noreturn]] void panicf(std::string_view format, const A&... a) {
  panic_output(sprintf(format, a...));
}

}  // namespace log
}  // namespace goro

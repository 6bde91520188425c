// The standard logger of Go's log package.
//
// Invariants: the prefix and flags are read and written only under mu, and
// never held while formatting or writing, so a goroutine that blocks inside
// a String() method cannot stall other loggers. Each line is a single
// goro::write, which is what keeps concurrent lines whole.
#include "goro/log.hpp"

#include <mutex>
#include <string>
#include <utility>

#include "goro/detail/fmt_time.hpp"
#include "goro/goroutine.hpp"
#include "goro/output.hpp"
#include "goro/time.hpp"

namespace goro::log {

namespace {

struct StdLogger {
  std::mutex mu;
  std::string prefix;  // guarded by mu
  int flags = LstdFlags;  // guarded by mu
};

StdLogger& std_logger() {
  static StdLogger logger;
  return logger;
}

// append_clock() writes the Ldate/Ltime/Lmicroseconds part of the header.
void append_clock(std::string& out, int flags, const Time& t) {
  const goro::detail::fmt::CivilTime c = goro::detail::fmt::civil_time(t);
  if (flags & Ldate) {
    goro::detail::fmt::append_padded(out, c.year, 4);
    out.push_back('/');
    goro::detail::fmt::append_padded(out, c.month, 2);
    out.push_back('/');
    goro::detail::fmt::append_padded(out, c.day, 2);
    out.push_back(' ');
  }
  if (flags & (Ltime | Lmicroseconds)) {
    goro::detail::fmt::append_padded(out, c.hour, 2);
    out.push_back(':');
    goro::detail::fmt::append_padded(out, c.minute, 2);
    out.push_back(':');
    goro::detail::fmt::append_padded(out, c.second, 2);
    if (flags & Lmicroseconds) {
      out.push_back('.');
      goro::detail::fmt::append_padded(out, c.nanosecond / 1000, 6);
    }
    out.push_back(' ');
  }
}

}  // namespace

int flags() {
  StdLogger& l = std_logger();
  std::lock_guard<std::mutex> lock(l.mu);
  return l.flags;
}

void set_flags(int flags) {
  StdLogger& l = std_logger();
  std::lock_guard<std::mutex> lock(l.mu);
  l.flags = flags;
}

std::string prefix() {
  StdLogger& l = std_logger();
  std::lock_guard<std::mutex> lock(l.mu);
  return l.prefix;
}

void set_prefix(std::string prefix) {
  StdLogger& l = std_logger();
  std::lock_guard<std::mutex> lock(l.mu);
  l.prefix = std::move(prefix);
}

std::string format_line(std::string_view prefix, int flags, const Time& t, std::string_view s) {
  std::string line;
  line.reserve(prefix.size() + 28 + s.size());
  if (!(flags & Lmsgprefix)) line.append(prefix);
  if (flags & (Ldate | Ltime | Lmicroseconds)) append_clock(line, flags, t);
  if (flags & Lmsgprefix) line.append(prefix);
  line.append(s);
  if (s.empty() || s.back() != '\n') line.push_back('\n');
  return line;
}

void output(std::string_view s) {
  const Time t = now();  // taken first, as Go does
  std::string pre;
  int f;
  {
    StdLogger& l = std_logger();
    std::lock_guard<std::mutex> lock(l.mu);
    pre = l.prefix;
    f = l.flags;
  }
  write(Stream::Stderr, format_line(pre, f, t, s));
}

void fatal_output(std::string_view s) {
  output(s);
  goro::exit(1);
}

void panic_output(std::string s) {
  output(s);
  goro::panic(std::move(s));
}

}  // namespace goro::log

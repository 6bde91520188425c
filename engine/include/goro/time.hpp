// Time, durations, sleeping and timers on the runtime clock.
//
// The clock is virtual by default (like the Go playground's faketime): it
// starts at 2009-11-10 23:00:00 UTC and advances only when every goroutine is
// blocked and a timer is pending, jumping straight to the earliest timer.
// With Clock::Real it follows std::chrono::steady_clock from the same epoch.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>

#include "goro/chan.hpp"
#include "goro/site.hpp"

namespace goro {

using Duration = std::chrono::nanoseconds;
using std::chrono_literals::operator""ns;
using std::chrono_literals::operator""us;
using std::chrono_literals::operator""ms;
using std::chrono_literals::operator""s;
using std::chrono_literals::operator""min;
using std::chrono_literals::operator""h;

inline constexpr Duration Nanosecond{1};
inline constexpr Duration Microsecond{1'000};
inline constexpr Duration Millisecond{1'000'000};
inline constexpr Duration Second{1'000'000'000};
inline constexpr Duration Minute = 60 * Second;
inline constexpr Duration Hour = 60 * Minute;

// Time is an instant: nanoseconds since the Unix epoch, UTC.
struct Time {
  int64_t unix_nanos = 0;
  friend constexpr auto operator<=>(const Time&, const Time&) = default;
  friend constexpr Duration operator-(Time a, Time b) { return Duration(a.unix_nanos - b.unix_nanos); }
  friend constexpr Time operator+(Time t, Duration d) { return Time{t.unix_nanos + d.count()}; }
  constexpr Duration sub(Time o) const { return *this - o; }
  constexpr Time add(Duration d) const { return *this + d; }
};

// The virtual clock's epoch, the Go playground's: 2009-11-10 23:00:00 UTC.
inline constexpr Time kPlaygroundEpoch{1'257'894'000LL * 1'000'000'000LL};

// now() returns the runtime clock's current time (the epoch above plus
// elapsed virtual or real time). Outside goro::run it returns the system time.
Time now();
// since(t) is now() - t.
Duration since(Time t);

// sleep(d) blocks the calling goroutine for at least d (wait reason "sleep").
// d <= 0 returns at once, as in Go.
void sleep(Duration d, Site site = {});

// after(d) returns a channel that receives the current time after d.
Chan<Time> after(Duration d);
// tick(d) returns a channel that receives the time every d; nil channel if d <= 0.
Chan<Time> tick(Duration d);

namespace detail { struct TimerState; }

// Timer delivers one time value on c after its duration, unless stopped.
// Copies share the timer (like Go's *time.Timer).
class Timer {
 public:
  explicit Timer(Duration d);
  Chan<Time> c;
  // stop() prevents the timer from firing; returns false if it already fired or was stopped.
  bool stop();
  // reset(d) makes the timer fire after d; returns true if it had been active.
  bool reset(Duration d);
 private:
  std::shared_ptr<detail::TimerState> state_;
};
Timer new_timer(Duration d);

// Ticker delivers the time on c every period; slow receivers miss ticks (buffer of 1, as in Go).
class Ticker {
 public:
  explicit Ticker(Duration period);
  Chan<Time> c;
  void stop();
  void reset(Duration period);
 private:
  std::shared_ptr<detail::TimerState> state_;
};
Ticker new_ticker(Duration period);

}  // namespace goro

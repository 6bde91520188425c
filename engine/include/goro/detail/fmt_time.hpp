// Text forms of time values shared by fmt and log (src/fmt_time.cpp).
#pragma once

#include <cstdint>
#include <string>

namespace goro {

struct Time;  // goro/time.hpp

namespace detail::fmt {

// duration_string() is Go's time.Duration.String: "1h2m3.5s", "1.5µs", "0s".
std::string duration_string(int64_t nanoseconds);

// time_string() is Go's time.Time.String in UTC: "2009-11-10 23:00:00 +0000 UTC".
std::string time_string(const Time& t);

// CivilTime is a UTC calendar date and clock reading.
struct CivilTime {
  int64_t year;
  int month, day, hour, minute, second;
  int64_t nanosecond;
};

// civil_time() breaks t down in UTC on the proleptic Gregorian calendar.
CivilTime civil_time(const Time& t);

// append_padded() appends v in decimal, zero-padded to width (a sign first).
void append_padded(std::string& out, int64_t v, int width);

}  // namespace detail::fmt
}  // namespace goro

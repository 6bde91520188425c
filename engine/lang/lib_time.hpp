// Package time's natives, shared by their two files: lib_time.cpp (the
// clock and timers, and the table) and lib_time_format.cpp (Format, Parse,
// ParseDuration and friends, ported from Go's time/format.go).
//
// Memory layouts (the stub's structs):
//   Time         {sec int64; nsec int32; mono int64; hasMono bool; loc *Location}
//                register form: 5 slots in that order
//   Location     {name string @0; zone string @16; offset int @32}
//   runtimeTimer {when @0; period @8; c chan Time @16; f func() @24; id @32}
//   ParseError   {Layout, Value, LayoutElem, ValueElem, Message string}
#pragma once

#include <cstdint>
#include <string_view>

#include "proto.hpp"

namespace goro::lang::vm::timepkg {

constexpr int64_t kSecondsPerDay = 86400;
// kUnixToInternal is the Unix epoch in seconds since January 1, year 1.
constexpr int64_t kUnixToInternal = (1969 * 365 + 1969 / 4 - 1969 / 100 + 1969 / 400) * kSecondsPerDay;

// Loc is a Location's fields (UTC for a nil one).
struct Loc {
  std::string_view name, zone;
  int64_t offset = 0;
};
Loc read_loc(const void* p);

// new_location() is &Location{name, zone, offset}.
void* new_location(Thread& t, std::string_view name, std::string_view zone, int64_t offset);

// local_location() stands for time.Local ("Local", zone UTC, as on
// go.dev/play) where a native must make a Time in it: the variable itself
// is not reachable from natives, so this is an equal Location, not the same.
void* local_location(Thread& t);

struct TimeVal {
  int64_t sec = 0;
  int32_t nsec = 0;
  int64_t mono = 0;
  bool has_mono = false;
  void* loc = nullptr;
};
TimeVal read_time(const Slot* r);
void write_time(Slot* r, const TimeVal& t);

// floor_div() sets q and a non-negative r with a = q*b + r, for b > 0.
void floor_div(int64_t a, int64_t b, int64_t& q, int64_t& r);

// The text natives (lib_time_format.cpp).
void format(Thread& t, Slot* r);
void append_format(Thread& t, Slot* r);
void string(Thread& t, Slot* r);
void go_string(Thread& t, Slot* r);
void parse(Thread& t, Slot* r);
void parse_in_location(Thread& t, Slot* r);
void parse_error(Thread& t, Slot* r);
void parse_duration(Thread& t, Slot* r);

}  // namespace goro::lang::vm::timepkg

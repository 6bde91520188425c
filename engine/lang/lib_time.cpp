// Package time's natives (stdlib/time.go), the clock's half: now,
// runtimeNano, Sleep and the timer primitives on goro's runtime clock, the
// Time and Location values both halves share (lib_time.hpp), and the table.
// The text conversions are lib_time_format.cpp's.
//
// Timers: each started timer has a helper goroutine that sleeps on the
// runtime clock until the timer is due, then sends the time on its channel
// without blocking (or, for AfterFunc, runs f itself, as the goroutine Go
// would start). Stopping or resetting a timer changes its id; a helper
// whose id is no longer the timer's ends when it wakes. goro's API has no
// timer callbacks, so unlike Go's these helpers are goroutines: they take
// goroutine ids and run until their deadline even when stopped (at no cost
// on the virtual clock).
#include <atomic>
#include <mutex>
#include <string>

#include "goro/time.hpp"
#include "lib_time.hpp"
#include "native_run_state.hpp"
#include "native_support.hpp"
#include "native_tables.hpp"

namespace goro::lang::vm {

namespace timepkg {

using namespace native;

Loc read_loc(const void* p) {
  if (p == nullptr) return Loc{"UTC", "UTC", 0};
  const char* l = static_cast<const char*>(p);
  auto view = [](String s) { return s.len > 0 ? s.view() : std::string_view(); };
  return Loc{view(load_string(l)), view(load_string(l + 16)), load_leaf(Leaf::I64, l + 32).i};
}

void* new_location(Thread& t, std::string_view name, std::string_view zone, int64_t offset) {
  const RType* pt = stub_type(t, "*time.Location");
  char* l = static_cast<char*>(new_value(pt->elem));
  store_string(l, name.empty() ? String{nullptr, 0} : make_string(name));
  store_string(l + 16, zone.empty() ? String{nullptr, 0} : make_string(zone));
  Slot o;
  o.i = offset;
  store_leaf(Leaf::I64, l + 32, o);
  return l;
}

namespace {
struct LocalLoc {
  void* loc = nullptr;
};
const char kLocalTag = 0;
}  // namespace

void* local_location(Thread& t) {
  auto& l = run_local<LocalLoc>(t, &kLocalTag);
  if (l.loc == nullptr) l.loc = new_location(t, "Local", "UTC", 0);
  return l.loc;
}

TimeVal read_time(const Slot* r) { return TimeVal{r[0].i, int32_t(r[1].i), r[2].i, (r[3].u & 1) != 0, r[4].p}; }
void write_time(Slot* r, const TimeVal& t) {
  r[0].i = t.sec;
  r[1].i = t.nsec;
  r[2].i = t.mono;
  r[3].u = t.has_mono;
  set_ptr(r[4], t.loc);
}

void floor_div(int64_t a, int64_t b, int64_t& q, int64_t& r) {
  q = a / b;
  r = a % b;
  if (r < 0) {
    --q;
    r += b;
  }
}

}  // namespace timepkg

namespace {

using namespace native;
using namespace timepkg;

// ---- the clock

// runtime_nano() is the monotonic reading: ns since the run started, plus
// one, as Go's is at its first Now (go.dev/play prints m=+0.000000001).
int64_t runtime_nano() { return goro::now().unix_nanos - goro::kPlaygroundEpoch.unix_nanos + 1; }

TimeVal now_val(Thread& t) {
  const int64_t ns = goro::now().unix_nanos;
  int64_t sec, nsec;
  floor_div(ns, 1000000000, sec, nsec);
  return TimeVal{sec + kUnixToInternal, int32_t(nsec), runtime_nano(), true, local_location(t)};
}

// now() (sec int64, nsec int32, mono int64)
void now(Thread& t, Slot* r) {
  const TimeVal v = now_val(t);
  r[0].i = v.sec;
  r[1].i = v.nsec;
  r[2].i = v.mono;
}

void runtime_nano_(Thread&, Slot* r) { r[0].i = runtime_nano(); }

void sleep(Thread& t, Slot* r) {
  goro::sleep(goro::Duration(r[0].i), goro::Site{t.prog->filename.c_str(), current_line(t)});
}

// ---- timers

constexpr size_t kWhen = 0, kPeriod = 8, kChan = 16, kFunc = 24, kId = 32;

std::mutex g_timers;  // guards every runtimeTimer's fields while natives read or change them
std::atomic<int64_t> g_timer_ids{0};

int64_t& timer_field(void* r, size_t off) { return *reinterpret_cast<int64_t*>(static_cast<char*>(r) + off); }
void* timer_ptr(void* r, size_t off) { return const_cast<void*>(load_ptr(static_cast<char*>(r) + off)); }

// send_time() is Go's sendTime: select { case c <- Now(): default: }.
void send_time(Thread& t, void* c) {
  const RType* time_type = stub_type(t, "time.Time");
  Slot regs[6];
  set_ptr(regs[0], c);
  write_time(regs + 1, now_val(t));
  const SelectCaseDesc send{0, 1, 0xFFFF, true, time_type};
  const SelectTable table{1, &send};
  select_cases(t, regs, &table, true);
}

// timer_goroutine() is a timer's helper: regs[0] the runtimeTimer, regs[1] its id.
void timer_goroutine(Thread& t, Slot* regs) {
  void* r = regs[0].p;
  const int64_t id = regs[1].i;
  for (;;) {
    int64_t when;
    {
      std::lock_guard<std::mutex> lock(g_timers);
      if (timer_field(r, kId) != id) return;  // stopped or reset
      when = timer_field(r, kWhen);
    }
    const int64_t now = runtime_nano();
    if (when > now) {
      goro::sleep(goro::Duration(when - now));
      continue;
    }
    int64_t period;
    void* c;
    const Closure* f;
    {
      std::lock_guard<std::mutex> lock(g_timers);
      if (timer_field(r, kId) != id) return;
      period = timer_field(r, kPeriod);
      if (period > 0) {
        timer_field(r, kWhen) = when + period * (1 + (now - when) / period);  // drop the ticks missed
      } else {
        timer_field(r, kId) = 0;  // fired
      }
      c = timer_ptr(r, kChan);
      f = static_cast<const Closure*>(timer_ptr(r, kFunc));
    }
    if (f != nullptr) {
      CallRegs call_regs(f->fn, 1);
      call_func(t, f, call_regs.get());
    } else {
      send_time(t, c);
    }
    if (period <= 0) return;
  }
}

const Proto* timer_proto() {
  static const Proto p = [] {
    Proto q;
    q.name = "time.goFunc";
    q.nparams = 2;
    q.frame_size = 2;
    q.native = timer_goroutine;
    return q;
  }();
  return &p;
}

// arm() gives r a new id and a helper goroutine for it. REQUIRES g_timers.
void arm(Thread& t, void* r) {
  const int64_t id = ++g_timer_ids;
  timer_field(r, kId) = id;
  Slot args[2];
  set_ptr(args[0], r);
  args[1].i = id;
  start_goroutine(t, static_cast<const Closure*>(make_closure(timer_proto(), nullptr, 0)), args, 2);
}

void* timer_arg(const Slot& s) {
  if (s.p == nullptr) panic_nil();
  return s.p;
}

// startTimer(r *runtimeTimer)
void start_timer(Thread& t, Slot* r) {
  void* tr = timer_arg(r[0]);
  std::lock_guard<std::mutex> lock(g_timers);
  arm(t, tr);
}

// stopTimer(r *runtimeTimer) bool
void stop_timer(Thread&, Slot* r) {
  void* tr = timer_arg(r[0]);
  std::lock_guard<std::mutex> lock(g_timers);
  const bool pending = timer_field(tr, kId) != 0;
  timer_field(tr, kId) = 0;
  put_bool(r[0], pending);
}

// resetTimer(r *runtimeTimer, when, period int64) bool
void reset_timer(Thread& t, Slot* r) {
  void* tr = timer_arg(r[0]);
  std::lock_guard<std::mutex> lock(g_timers);
  const bool pending = timer_field(tr, kId) != 0;
  timer_field(tr, kWhen) = r[1].i;
  timer_field(tr, kPeriod) = r[2].i;
  arm(t, tr);
  put_bool(r[0], pending);
}

constexpr NativeDef kNatives[] = {
    {"time.(*ParseError).Error", timepkg::parse_error},
    {"time.Parse", timepkg::parse},
    {"time.ParseDuration", timepkg::parse_duration},
    {"time.ParseInLocation", timepkg::parse_in_location},
    {"time.Sleep", sleep},
    {"time.Time.AppendFormat", timepkg::append_format},
    {"time.Time.Format", timepkg::format},
    {"time.Time.GoString", timepkg::go_string},
    {"time.Time.String", timepkg::string},
    {"time.now", now},
    {"time.resetTimer", reset_timer},
    {"time.runtimeNano", runtime_nano_},
    {"time.startTimer", start_timer},
    {"time.stopTimer", stop_timer},
};

}  // namespace

std::span<const NativeDef> natives_time() { return kNatives; }

}  // namespace goro::lang::vm

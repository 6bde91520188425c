// Clock and timers: the virtual clock (Go playground faketime), the real
// clock, sleep, after/tick and Timer/Ticker.
#include <stdexcept>

#include "goro/chan.hpp"
#include "goro/goroutine.hpp"
#include "goro/time.hpp"
#include "chan_core.hpp"
#include "runtime.hpp"
#include "timer_state.hpp"

namespace goro::detail {
namespace {

bool stale(const TimerEntry& e) { return e.state && (!e.state->active || e.gen != e.state->gen); }

// send_time() is Go's sendTime: a non-blocking send, so a slow receiver
// misses ticks instead of blocking the runtime.
void send_time(TimerState* st) {
  Time t = goro::now();  // follows the run's clock, virtual or real
  chan_send(st->chan, &t, false, Site{"<timer>", 0});
}

Runtime& runtime_or_throw(const char* what) {
  Runtime* rt = current_runtime();
  if (!rt) throw std::logic_error(std::string(what) + " called outside goro::run");
  return *rt;
}

}  // namespace

TimerState::~TimerState() { chan_release(chan); }

int64_t Runtime::now_ns() const {
  if (opts.clock == Clock::Virtual) return virtual_ns.load(std::memory_order_acquire);
  return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - start_real)
      .count();
}

// add_timer() inserts e. REQUIRES(timer_mu).
void Runtime::add_timer(TimerEntry e) {
  timers.push(std::move(e));
  next_when.store(timers.top().when, std::memory_order_release);
}

int64_t Runtime::next_timer_when() {
  std::lock_guard lk(timer_mu);
  timers.prune(stale);
  int64_t w = timers.empty() ? -1 : timers.top().when;
  next_when.store(w, std::memory_order_release);
  return w;
}

namespace {
// fire() runs one due timer: wakes a sleeper or sends on a timer channel.
void fire(Runtime* rt, TimerEntry& e) {
  if (e.g) {
    if (rt->events_on()) rt->emit({.kind = EventKind::Wake, .g = e.g->id});
    rt->ready(e.g);
    return;
  }
  send_time(e.state.get());
  if (e.state->period > 0) return;  // a ticker was rescheduled by take_due
  std::lock_guard lk(rt->timer_mu);
  if (e.gen == e.state->gen) e.state->active = false;
}
}  // namespace

// take_due() takes every live timer due by `now` off the heap, in Go's
// order. A ticker stays, moved in place to its next tick after now,
// skipping missed ones (Go's runOneTimer). REQUIRES(timer_mu).
void Runtime::take_due(int64_t now, std::vector<TimerEntry>& due) {
  for (;;) {
    timers.prune(stale);
    if (timers.empty() || timers.top().when > now) break;
    const TimerEntry& top = timers.top();
    if (top.state && top.state->period > 0) {
      due.push_back(top);
      int64_t period = top.state->period;
      timers.reschedule_top(top.when + period * (1 + (now - top.when) / period));
    } else {
      due.push_back(timers.pop());
    }
  }
  next_when.store(timers.empty() ? -1 : timers.top().when, std::memory_order_release);
}

bool Runtime::fire_due_timers(Worker*) {
  std::vector<TimerEntry> due;
  {
    std::lock_guard lk(timer_mu);
    take_due(now_ns(), due);
  }
  for (auto& e : due) fire(this, e);
  return !due.empty();
}

// advance_virtual_clock() jumps the clock to the earliest timer and fires
// every timer due at that instant, in Go's order.
bool Runtime::advance_virtual_clock(Worker*) {
  std::vector<TimerEntry> due;
  {
    std::lock_guard lk(timer_mu);
    timers.prune(stale);
    if (timers.empty()) return false;
    int64_t when = timers.top().when;
    if (when > virtual_ns.load()) virtual_ns.store(when, std::memory_order_release);
    take_due(when, due);
  }
  for (auto& e : due) fire(this, e);
  return true;
}

}  // namespace goro::detail

namespace goro {

using detail::Runtime;

Time now() {
  if (Runtime* rt = detail::current_runtime()) {
    if (rt->opts.clock == Clock::Virtual) return kPlaygroundEpoch + Duration(rt->now_ns());
    return Time{rt->real_epoch_ns} + Duration(rt->now_ns());
  }
  auto since_epoch = std::chrono::system_clock::now().time_since_epoch();
  return Time{std::chrono::duration_cast<std::chrono::nanoseconds>(since_epoch).count()};
}

Duration since(Time t) { return now() - t; }

void sleep(Duration d, Site site) {
  detail::Self self = detail::Self::get();
  if (!self.g) {
    if (d.count() > 0) std::this_thread::sleep_for(d);
    return;
  }
  Runtime* rt = self.rt;
  detail::G* g = self.g;
  rt->check_exiting();
  if (d.count() <= 0) return;
  int64_t when = rt->now_ns() + d.count();
  rt->timer_mu.lock();
  rt->add_timer({.when = when, .seq = 0, .g = g});
  if (rt->events_on()) rt->emit({.kind = EventKind::Sleep, .g = g->id, .duration_ns = d.count(), .site = site});
  rt->park(detail::unlock_spin, &rt->timer_mu, WaitReason::Sleep, site);
}

namespace {
std::shared_ptr<detail::TimerState> start_timer(Chan<Time>& c, Duration d, Duration period) {
  Runtime& rt = detail::runtime_or_throw("goro timer");
  auto st = std::make_shared<detail::TimerState>();
  st->rt = &rt;
  st->chan = c.core();
  detail::chan_retain(st->chan);
  st->period = period.count();
  std::lock_guard lk(rt.timer_mu);
  st->active = true;
  rt.add_timer({.when = rt.now_ns() + std::max<int64_t>(0, d.count()), .seq = 0, .state = st, .gen = st->gen});
  return st;
}

// stop_timer() deactivates st; true if it was active. Old heap entries go stale.
bool stop_timer(detail::TimerState& st) {
  std::lock_guard lk(st.rt->timer_mu);
  bool was = st.active;
  st.active = false;
  ++st.gen;
  return was;
}

bool restart_timer(const std::shared_ptr<detail::TimerState>& st, Duration d, int64_t period) {
  Runtime* rt = st->rt;
  std::lock_guard lk(rt->timer_mu);
  bool was = st->active;
  ++st->gen;
  st->active = true;
  if (period > 0) st->period = period;
  rt->add_timer({.when = rt->now_ns() + std::max<int64_t>(0, d.count()), .seq = 0, .state = st, .gen = st->gen});
  return was;
}
}  // namespace

Chan<Time> after(Duration d) { return Timer(d).c; }

Chan<Time> tick(Duration d) {
  if (d.count() <= 0) return Chan<Time>(nullptr);
  return Ticker(d).c;
}

Timer::Timer(Duration d) : c(1), state_(start_timer(c, d, Duration(0))) {}
bool Timer::stop() { return stop_timer(*state_); }
bool Timer::reset(Duration d) { return restart_timer(state_, d, 0); }
Timer new_timer(Duration d) { return Timer(d); }

Ticker::Ticker(Duration period) : c(1) {
  if (period.count() <= 0) panic("non-positive interval for NewTicker");
  state_ = start_timer(c, period, period);
}
void Ticker::stop() { stop_timer(*state_); }
void Ticker::reset(Duration period) {
  if (period.count() <= 0) panic("non-positive interval for Ticker.Reset");
  restart_timer(state_, period, period.count());
}
Ticker new_ticker(Duration period) { return Ticker(period); }

}  // namespace goro

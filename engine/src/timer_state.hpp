// TimerState: what a goro::Timer / Ticker / after() shares with its heap entries.
//
// Invariants (all fields GUARDED_BY(rt->timer_mu)):
//  - A heap entry is live iff entry.gen == state.gen and state.active;
//    stop() and reset() bump gen, which turns every older entry stale.
//  - chan holds a reference to the timer's channel for as long as the state lives.
#pragma once

#include <cstdint>

namespace goro::detail {

class ChanCore;
class Runtime;

struct TimerState {
  Runtime* rt = nullptr;
  ChanCore* chan = nullptr;
  int64_t period = 0;  // ns; 0 for a one-shot timer
  bool active = false;
  uint64_t gen = 0;
  ~TimerState();
};

}  // namespace goro::detail

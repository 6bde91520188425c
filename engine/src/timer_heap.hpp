// TimerHeap: the runtime's pending timers, earliest first.
//
// Invariants:
//  - Entries are ordered by (when, seq); seq is the insertion order, so timers
//    due at the same instant fire in the order they were set.
//  - An entry is stale when it belongs to a TimerState whose generation moved
//    on (stopped or reset). Stale entries are removed lazily when they reach
//    the top, so top() never answers with a stale entry after prune().
//  - Guarded by the runtime's timer lock.
#pragma once

#include <algorithm>
#include <cstdint>
#include <memory>
#include <vector>

namespace goro::detail {

struct G;
struct TimerState;

struct TimerEntry {
  int64_t when;  // run clock, ns since the run started
  uint64_t seq;
  G* g = nullptr;                     // sleeping goroutine to ready, or
  std::shared_ptr<TimerState> state;  // a Timer/Ticker/after to fire
  uint64_t gen = 0;
};

class TimerHeap {
 public:
  bool empty() const { return heap_.empty(); }
  const TimerEntry& top() const { return heap_.front(); }

  void push(TimerEntry e) {
    e.seq = next_seq_++;
    heap_.push_back(std::move(e));
    std::push_heap(heap_.begin(), heap_.end(), later);
  }

  TimerEntry pop() {
    std::pop_heap(heap_.begin(), heap_.end(), later);
    TimerEntry e = std::move(heap_.back());
    heap_.pop_back();
    return e;
  }

  // prune() drops stale entries from the top; is_stale(entry) decides.
  template <class IsStale>
  void prune(IsStale is_stale) {
    while (!heap_.empty() && is_stale(heap_.front())) pop();
  }

  void clear() { heap_.clear(); }

 private:
  static bool later(const TimerEntry& a, const TimerEntry& b) {
    return a.when != b.when ? a.when > b.when : a.seq > b.seq;
  }
  std::vector<TimerEntry> heap_;
  uint64_t next_seq_ = 0;
};

}  // namespace goro::detail

// TimerHeap: the runtime's pending timers, earliest first.
//
// Invariants:
//  - A 4-ary heap on `when`, with Go's own sift rules: timers due at the
//    same instant come out in the order Go's runtime takes them out, which
//    is not always the order they were set. seq numbers entries for tests.
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
    sift_up(heap_.size() - 1);
  }

  // pop() removes the top as Go's dodeltimer0 does: the last entry moves to
  // the top and sifts down.
  TimerEntry pop() {
    TimerEntry e = std::move(heap_.front());
    if (heap_.size() > 1) heap_.front() = std::move(heap_.back());
    heap_.pop_back();
    if (!heap_.empty()) sift_down(0);
    return e;
  }

  // reschedule_top() moves the top entry to `when` in place, as Go's
  // runOneTimer does for a ticker.
  void reschedule_top(int64_t when) {
    heap_.front().when = when;
    sift_down(0);
  }

  // prune() drops stale entries from the top; is_stale(entry) decides.
  template <class IsStale>
  void prune(IsStale is_stale) {
    while (!heap_.empty() && is_stale(heap_.front())) pop();
  }

  void clear() { heap_.clear(); }

 private:
  // A 4-ary min-heap on `when` alone, sifted exactly like Go's
  // siftupTimer/siftdownTimer, so that timers due at the same instant fire
  // in the order Go's playground fires them (which then decides, through
  // runnext, which woken goroutine runs first).
  void sift_up(size_t i) {
    TimerEntry tmp = std::move(heap_[i]);
    while (i > 0) {
      size_t p = (i - 1) / 4;
      if (tmp.when >= heap_[p].when) break;
      heap_[i] = std::move(heap_[p]);
      i = p;
    }
    heap_[i] = std::move(tmp);
  }

  void sift_down(size_t i) {
    size_t n = heap_.size();
    TimerEntry tmp = std::move(heap_[i]);
    for (;;) {
      size_t c = i * 4 + 1, c3 = c + 2;
      if (c >= n) break;
      int64_t w = heap_[c].when;
      if (c + 1 < n && heap_[c + 1].when < w) w = heap_[++c].when;
      if (c3 < n) {
        int64_t w3 = heap_[c3].when;
        if (c3 + 1 < n && heap_[c3 + 1].when < w3) w3 = heap_[++c3].when;
        if (w3 < w) w = w3, c = c3;
      }
      if (w >= tmp.when) break;
      heap_[i] = std::move(heap_[c]);
      i = c;
    }
    heap_[i] = std::move(tmp);
  }

  std::vector<TimerEntry> heap_;
  uint64_t next_seq_ = 0;
};

}  // namespace goro::detail

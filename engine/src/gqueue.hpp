// GQueue: an intrusive FIFO of goroutines linked through G::sched_next.
// Not synchronized: its owner's lock guards it, except size_hint(), which
// any thread may read without the lock (stealers look before they lock).
#pragma once

#include <atomic>
#include <cstddef>

#include "g.hpp"

namespace goro::detail {

class GQueue {
 public:
  bool empty() const { return head_ == nullptr; }
  size_t size() const { return size_.load(std::memory_order_relaxed); }
  size_t size_hint() const { return size_.load(std::memory_order_relaxed); }

  void push_back(G* g) {
    g->sched_next = nullptr;
    if (tail_) tail_->sched_next = g; else head_ = g;
    tail_ = g;
    grow(1);
  }

  void push_front(G* g) {
    g->sched_next = head_;
    head_ = g;
    if (!tail_) tail_ = g;
    grow(1);
  }

  G* pop_front() {
    G* g = head_;
    if (!g) return nullptr;
    head_ = g->sched_next;
    if (!head_) tail_ = nullptr;
    g->sched_next = nullptr;
    grow(-1);
    return g;
  }

  // remove_at() unlinks the i-th goroutine (0 = front); O(i). Used by shuffle.
  G* remove_at(size_t i) {
    G* prev = nullptr;
    G* g = head_;
    for (; i > 0 && g; --i) prev = g, g = g->sched_next;
    if (!g) return nullptr;
    (prev ? prev->sched_next : head_) = g->sched_next;
    if (tail_ == g) tail_ = prev;
    g->sched_next = nullptr;
    grow(-1);
    return g;
  }

  template <class Pred>
  bool any_of(Pred pred) const {
    for (G* g = head_; g; g = g->sched_next)
      if (pred(g)) return true;
    return false;
  }

  // take_if() moves up to max goroutines for which pred(g) holds to out.
  template <class Pred>
  size_t take_if(GQueue& out, size_t max, Pred pred) {
    size_t n = 0;
    G* prev = nullptr;
    for (G* g = head_; g && n < max;) {
      G* next = g->sched_next;
      if (pred(g)) {
        (prev ? prev->sched_next : head_) = next;
        if (tail_ == g) tail_ = prev;
        grow(-1);
        out.push_back(g);
        ++n;
      } else {
        prev = g;
      }
      g = next;
    }
    return n;
  }

 private:
  // Only the lock holder writes size_, so a plain load and store suffice.
  void grow(int d) { size_.store(size_.load(std::memory_order_relaxed) + size_t(d), std::memory_order_relaxed); }

  G* head_ = nullptr;
  G* tail_ = nullptr;
  std::atomic<size_t> size_{0};
};

}  // namespace goro::detail

// WaitGroup: Go's sync.WaitGroup.
//
// Copying a WaitGroup copies its counter, as copying Go's struct does; so a
// WaitGroup passed by value to a worker is a different WaitGroup, and the
// program deadlocks exactly as the Go version does.
#pragma once

#include <cstdint>

#include "goro/detail/wait_list.hpp"
#include "goro/site.hpp"

namespace goro {

class WaitGroup {
 public:
  WaitGroup() = default;
  WaitGroup(const WaitGroup& o) : counter_(o.counter_.load()) {}
  WaitGroup& operator=(const WaitGroup& o) {
    counter_.store(o.counter_.load());
    return *this;
  }

  // add() adds delta to the counter; at zero every waiter is released.
  // Panics with "sync: negative WaitGroup counter" below zero.
  void add(int64_t delta, Site site = {});
  void done(Site site = {}) { add(-1, site); }
  // wait() blocks until the counter is zero (wait reason "semacquire").
  void wait(Site site = {});

 private:
  std::atomic<int64_t> counter_{0};  // written under waiters_.locked
  detail::WaitList waiters_;
};

}  // namespace goro

// WaitList: the lock and FIFO of parked goroutines inside a sync primitive
// (Go's semaphore table, but embedded in the object). Only engine/src
// touches its fields.
#pragma once

#include <atomic>

#include "goro/site.hpp"

namespace goro::detail {

struct Waiter;

struct WaitList {
  std::atomic<bool> locked{false};
  Waiter* head = nullptr;  // GUARDED_BY(locked)
  Waiter* tail = nullptr;  // GUARDED_BY(locked)
};

// fatal() reports a Go "fatal error: <message>" (not recoverable) and ends the run.
[[noreturn]] void fatal(const char* message, Site site);

}  // namespace goro::detail

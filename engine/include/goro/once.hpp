// Once: Go's sync.Once. once.call(f) runs f the first time only; other
// callers block until that first call has returned (or panicked).
#pragma once

#include <atomic>
#include <utility>

#include "goro/mutex.hpp"

namespace goro {

class Once {
 public:
  template <class F>
  void call(F&& f) {
    if (done_.load(std::memory_order_acquire)) return;
    m_.lock();
    struct Finish {
      Once* o;
      ~Finish() {
        o->done_.store(true, std::memory_order_release);
        o->m_.unlock();
      }
    };
    if (!done_.load(std::memory_order_relaxed)) {
      Finish finish{this};
      std::forward<F>(f)();
      return;
    }
    m_.unlock();
  }
  template <class F>
  void operator()(F&& f) { call(std::forward<F>(f)); }

 private:
  std::atomic<bool> done_{false};
  Mutex m_;
};

}  // namespace goro

// Mutex and RWMutex: Go's sync.Mutex and sync.RWMutex.
//
// Blocking parks the goroutine (wait reason "semacquire"), never the thread.
// Both work with std::lock_guard / std::unique_lock / std::shared_lock.
// Unlocking an unlocked mutex is Go's unrecoverable
// "fatal error: sync: unlock of unlocked mutex".
#pragma once

#include <cstdint>

#include "goro/detail/wait_list.hpp"
#include "goro/site.hpp"

namespace goro {

class Mutex {
 public:
  Mutex() = default;
  Mutex(const Mutex&) : Mutex() {}  // Go copies the state; copying a held lock is a bug vet reports
  Mutex& operator=(const Mutex&) { return *this; }

  void lock(Site site = {});
  void unlock(Site site = {});
  bool try_lock();

 private:
  bool locked_ = false;  // GUARDED_BY(waiters_.locked)
  detail::WaitList waiters_;
};

// RWMutex: many readers or one writer; a waiting writer blocks new readers.
class RWMutex {
 public:
  RWMutex() = default;
  RWMutex(const RWMutex&) : RWMutex() {}
  RWMutex& operator=(const RWMutex&) { return *this; }

  void lock(Site site = {});
  void unlock(Site site = {});
  bool try_lock();
  void rlock(Site site = {});
  void runlock(Site site = {});
  bool try_rlock();
  // Spellings std::shared_lock expects.
  void lock_shared() { rlock(); }
  void unlock_shared() { runlock(); }
  bool try_lock_shared() { return try_rlock(); }

 private:
  int64_t readers_ = 0;          // GUARDED_BY(waiters_.locked)
  bool writer_ = false;          // GUARDED_BY(waiters_.locked)
  int64_t writers_waiting_ = 0;  // GUARDED_BY(waiters_.locked)
  detail::WaitList waiters_;     // readers and writers, each retries on wake
};

}  // namespace goro

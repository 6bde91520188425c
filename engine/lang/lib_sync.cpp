// Package sync's natives (stdlib/sync.go): Go 1.22's Mutex, RWMutex,
// WaitGroup and Once algorithms over the structs' own fields, on the
// address-keyed semaphores of native_sema.hpp, plus the notify-list
// primitives Cond is built on and the generic OnceValue(s).
//
// The fields' offsets are fixed by Go's layout of the stub's structs:
//   Mutex     {state int32 @0; sema uint32 @4}
//   RWMutex   {w Mutex @0; writerSem @8; readerSem @12; readerCount @16; readerWait @20}
//   WaitGroup {state atomic.Uint64 @0 (its v); sema uint32 @8}
//   Once      {done atomic.Uint32 @0; m Mutex @4}
// Changes to those structs in stdlib/sync.go must be made here too.
//
// Not ported: the Mutex's spinning (Go spins only on multicore machines
// and only briefly; it decides timing, not results).
#include <atomic>
#include <map>
#include <memory>
#include <mutex>

#include "goro/time.hpp"
#include "native_atomic.hpp"
#include "native_sema.hpp"
#include "native_support.hpp"
#include "native_tables.hpp"
#include "opcode.hpp"

namespace goro::lang::vm {

namespace {

using namespace native;

template <class T>
native::AtomicRef<T> at(void* base, size_t offset) {
  return native::AtomicRef<T>(*reinterpret_cast<T*>(static_cast<char*>(base) + offset));
}
uint32_t* u32(void* base, size_t offset) { return reinterpret_cast<uint32_t*>(static_cast<char*>(base) + offset); }

void* recv(const Slot& s) {
  if (s.p == nullptr) panic_nil();
  return s.p;
}

[[noreturn]] void fatal(const char* msg) { throw FatalError{msg}; }

// ---- Mutex (sync/mutex.go)

constexpr int32_t kLocked = 1, kWoken = 2, kStarving = 4, kWaiterShift = 3;
constexpr int64_t kStarvationThresholdNs = 1'000'000;

int64_t nanotime() { return goro::now().unix_nanos; }

void lock_slow(void* m) {
  auto state = at<int32_t>(m, 0);
  int64_t wait_start = 0;
  bool starving = false, awoke = false;
  int32_t old = state.load();
  for (;;) {
    int32_t next = old;
    if ((old & kStarving) == 0) next |= kLocked;
    if ((old & (kLocked | kStarving)) != 0) next += 1 << kWaiterShift;
    if (starving && (old & kLocked) != 0) next |= kStarving;
    if (awoke) {
      if ((next & kWoken) == 0) fatal("sync: inconsistent mutex state");
      next &= ~kWoken;
    }
    if (state.compare_exchange_strong(old, next)) {
      if ((old & (kLocked | kStarving)) == 0) return;  // locked with CAS
      const bool lifo = wait_start != 0;
      if (wait_start == 0) wait_start = nanotime();
      sema::acquire(u32(m, 4), lifo);
      starving = starving || nanotime() - wait_start > kStarvationThresholdNs;
      old = state.load();
      if ((old & kStarving) != 0) {
        // Handed off in starvation mode: the lock is ours, fix the state.
        if ((old & (kLocked | kWoken)) != 0 || (old >> kWaiterShift) == 0) fatal("sync: inconsistent mutex state");
        int32_t delta = kLocked - (1 << kWaiterShift);
        if (!starving || (old >> kWaiterShift) == 1) delta -= kStarving;
        state.fetch_add(delta);
        return;
      }
      awoke = true;
    } else {
      old = state.load();
    }
  }
}

void mutex_lock(void* m) {
  int32_t unlocked = 0;
  if (at<int32_t>(m, 0).compare_exchange_strong(unlocked, kLocked)) return;
  lock_slow(m);
}

bool mutex_try_lock(void* m) {
  auto state = at<int32_t>(m, 0);
  int32_t old = state.load();
  if ((old & (kLocked | kStarving)) != 0) return false;
  return state.compare_exchange_strong(old, old | kLocked);
}

void mutex_unlock(void* m) {
  auto state = at<int32_t>(m, 0);
  const int32_t next = state.fetch_add(-kLocked) - kLocked;
  if (next == 0) return;
  if (((next + kLocked) & kLocked) == 0) fatal("sync: unlock of unlocked mutex");
  if ((next & kStarving) == 0) {
    int32_t old = next;
    for (;;) {
      // No waiters, or one already woken or the lock already taken: nothing to do.
      if ((old >> kWaiterShift) == 0 || (old & (kLocked | kWoken | kStarving)) != 0) return;
      const int32_t grab = (old - (1 << kWaiterShift)) | kWoken;
      if (state.compare_exchange_strong(old, grab)) {
        sema::release(u32(m, 4), false);
        return;
      }
    }
  }
  sema::release(u32(m, 4), true);  // starving: hand the lock to the next waiter
}

void lock(Thread&, Slot* r) { mutex_lock(recv(r[0])); }
void try_lock(Thread&, Slot* r) { put_bool(r[0], mutex_try_lock(recv(r[0]))); }
void unlock(Thread&, Slot* r) { mutex_unlock(recv(r[0])); }

// ---- RWMutex (sync/rwmutex.go)

constexpr int32_t kMaxReaders = 1 << 30;

void rlock(Thread&, Slot* r) {
  void* rw = recv(r[0]);
  if (at<int32_t>(rw, 16).fetch_add(1) + 1 < 0) sema::acquire(u32(rw, 12), false);
}

void try_rlock(Thread&, Slot* r) {
  void* rw = recv(r[0]);
  auto count = at<int32_t>(rw, 16);
  for (;;) {
    int32_t c = count.load();
    if (c < 0) return put_bool(r[0], false);
    if (count.compare_exchange_strong(c, c + 1)) return put_bool(r[0], true);
  }
}

void runlock(Thread&, Slot* r) {
  void* rw = recv(r[0]);
  const int32_t n = at<int32_t>(rw, 16).fetch_add(-1) - 1;
  if (n >= 0) return;
  if (n + 1 == 0 || n + 1 == -kMaxReaders) fatal("sync: RUnlock of unlocked RWMutex");
  if (at<int32_t>(rw, 20).fetch_add(-1) - 1 == 0) sema::release(u32(rw, 8), false);  // the last reader
}

void rw_lock(Thread&, Slot* r) {
  void* rw = recv(r[0]);
  mutex_lock(rw);
  const int32_t readers = at<int32_t>(rw, 16).fetch_add(-kMaxReaders);
  if (readers != 0 && at<int32_t>(rw, 20).fetch_add(readers) + readers != 0) sema::acquire(u32(rw, 8), false);
}

void rw_try_lock(Thread&, Slot* r) {
  void* rw = recv(r[0]);
  if (!mutex_try_lock(rw)) return put_bool(r[0], false);
  int32_t zero = 0;
  if (!at<int32_t>(rw, 16).compare_exchange_strong(zero, -kMaxReaders)) {
    mutex_unlock(rw);
    return put_bool(r[0], false);
  }
  put_bool(r[0], true);
}

void rw_unlock(Thread&, Slot* r) {
  void* rw = recv(r[0]);
  const int32_t readers = at<int32_t>(rw, 16).fetch_add(kMaxReaders) + kMaxReaders;
  if (readers >= kMaxReaders) fatal("sync: Unlock of unlocked RWMutex");
  for (int32_t i = 0; i < readers; ++i) sema::release(u32(rw, 12), false);
  mutex_unlock(rw);
}

// ---- WaitGroup (sync/waitgroup.go)

void wg_add(Thread&, Slot* r) {
  void* wg = recv(r[0]);
  const int64_t delta = r[1].i;
  auto st = at<uint64_t>(wg, 0);
  const uint64_t state = st.fetch_add(uint64_t(delta) << 32) + (uint64_t(delta) << 32);
  const int32_t v = int32_t(state >> 32);
  const uint32_t w = uint32_t(state);
  if (v < 0) panic_string("sync: negative WaitGroup counter");
  if (w != 0 && delta > 0 && v == int32_t(delta)) panic_string("sync: WaitGroup misuse: Add called concurrently with Wait");
  if (v > 0 || w == 0) return;
  if (st.load() != state) panic_string("sync: WaitGroup misuse: Add called concurrently with Wait");
  st.store(0);
  for (uint32_t i = 0; i < w; ++i) sema::release(u32(wg, 8), false);
}

void wg_wait(Thread&, Slot* r) {
  void* wg = recv(r[0]);
  auto st = at<uint64_t>(wg, 0);
  for (;;) {
    uint64_t state = st.load();
    if (int32_t(state >> 32) == 0) return;
    if (st.compare_exchange_strong(state, state + 1)) {
      sema::acquire(u32(wg, 8), false);
      if (st.load() != 0) panic_string("sync: WaitGroup is reused before previous Wait has returned");
      return;
    }
  }
}

// ---- Once

// once_do() is Once.Do's slow path on a Once at o: f runs under o.m, and
// counts as done even if it panics.
template <class Fn>
void once_do(void* o, Fn f) {
  auto done = at<uint32_t>(o, 0);
  if (done.load() != 0) return;
  void* m = static_cast<char*>(o) + 4;
  mutex_lock(m);
  if (done.load() == 0) {
    try {
      f();
    } catch (const GoPanic&) {
      done.store(1);
      mutex_unlock(m);
      throw;
    }
    done.store(1);
  }
  mutex_unlock(m);
}

// Do(f func())
void once(Thread& t, Slot* r) {
  void* o = recv(r[0]);
  const Slot fn = r[1];
  once_do(o, [&] {
    const Closure* cl = closure_of(fn);
    CallRegs regs(cl->fn, 1);
    call_func(t, cl, regs.get());
  });
}

// ---- OnceValue, OnceValues
//
// The returned func is a closure of a small bytecode function that hands
// its captured state to once_value_call:
//   GETCAP 0 0; CALL 0 <once_value_call>; RET 0 n

// OnceState is what the returned closure captures (interpreter heap).
struct OnceState {
  uint32_t done;       // a Once: done, then its Mutex {state, sema}
  int32_t mu_state;
  uint32_t mu_sema;
  uint32_t valid;      // f returned
  const Closure* f;
  Iface panicked;      // what f panicked with
  uint32_t nresults;
  Slot results[];      // f's results, register form
};
static_assert(offsetof(OnceState, mu_state) == 4, "OnceState starts with a Once");

void once_value_call(Thread& t, Slot* r) {
  auto* st = static_cast<OnceState*>(r[0].p);
  once_do(st, [&] {
    try {
      const Closure* cl = closure_of(Slot{.cp = st->f});
      CallRegs regs(cl->fn, st->nresults);
      call_func(t, cl, regs.get());
      std::memcpy(st->results, regs.get(), st->nresults * sizeof(Slot));
      st->f = nullptr;
      st->valid = 1;
    } catch (const GoPanic& p) {
      st->panicked = p.value;
      throw;
    }
  });
  if (!st->valid) {
    Slot v[2];
    put_iface(v, st->panicked);
    panic_iface(t, v);
  }
  std::memcpy(r, st->results, st->nresults * sizeof(Slot));
}

// wrapper_proto() is the bytecode function of a OnceValue(s) closure with
// n result slots; made once per (name, n) and kept for the process.
const Proto* wrapper_proto(const char* name, uint32_t n) {
  static std::mutex mu;
  static std::map<std::pair<std::string, uint32_t>, std::unique_ptr<Proto[]>> made;  // GUARDED_BY(mu)
  std::lock_guard<std::mutex> lock(mu);
  auto& slot = made[{name, n}];
  if (!slot) {
    slot.reset(new Proto[2]);
    Proto& call = slot[1];
    call.name = name;
    call.nparams = 1;
    call.nresults = n;
    call.frame_size = std::max(1u, n);
    call.native = once_value_call;
    Proto& w = slot[0];
    w.name = name;
    w.nparams = 0;
    w.nresults = n;
    w.frame_size = std::max(1u, n);
    w.refs.push_back(&call);
    w.code.push_back({uint16_t(Op::GETCAP), 0, 0, 0});
    w.code.push_back({uint16_t(Op::CALL), 0, 0, 0});
    w.code.push_back({uint16_t(Op::RET), 0, uint16_t(n), 0});
  }
  return &slot[0];
}

void make_once_value(Slot* r, const RType* sig, const char* name) {
  const RType* ft = sig->results[0];
  uint32_t n = 0;
  for (const RType* res : ft->results) n += res->slots;
  auto* st = static_cast<OnceState*>(heap_alloc(sizeof(OnceState) + n * sizeof(Slot)));
  st->f = static_cast<const Closure*>(r[0].cp);
  st->nresults = n;
  Slot cap;
  set_ptr(cap, st);
  set_ptr(r[0], make_closure(wrapper_proto(name, n), &cap, 1));
}

// OnceValue[T any](f func() T) func() T
void once_value(Thread&, Slot* r) { make_once_value(r, generic_sig(r, 1), "sync.OnceValue[...].func2"); }
// OnceValues[T1, T2 any](f func() (T1, T2)) func() (T1, T2)
void once_values(Thread&, Slot* r) { make_once_value(r, generic_sig(r, 1), "sync.OnceValues[...].func2"); }

// ---- Cond's primitives

// notifyListAdd(l *notifyList) uint32
void notify_list_add(Thread&, Slot* r) { r[0].u = at<uint32_t>(recv(r[0]), 0).fetch_add(1); }
// notifyListWait(l *notifyList, t uint32)
void notify_list_wait(Thread&, Slot* r) {
  void* l = recv(r[0]);
  sema::notify_wait(u32(l, 0), u32(l, 4), uint32_t(r[1].u));
}
void notify_list_notify_one(Thread&, Slot* r) {
  void* l = recv(r[0]);
  sema::notify_one(u32(l, 0), u32(l, 4));
}
void notify_list_notify_all(Thread&, Slot* r) {
  void* l = recv(r[0]);
  sema::notify_all(u32(l, 0), u32(l, 4));
}

// (*copyChecker).check(): a Cond remembers its address on first use.
void copy_checker_check(Thread&, Slot* r) {
  void* c = recv(r[0]);
  auto v = at<uint64_t>(c, 0);
  const uint64_t self = uintptr_t(c);
  uint64_t zero = 0;
  if (v.load() != self && !v.compare_exchange_strong(zero, self) && v.load() != self) {
    panic_string("sync.Cond is copied");
  }
}

constexpr NativeDef kNatives[] = {
    {"sync.(*Mutex).Lock", lock},
    {"sync.(*Mutex).TryLock", try_lock},
    {"sync.(*Mutex).Unlock", unlock},
    {"sync.(*Once).Do", once},
    {"sync.(*RWMutex).Lock", rw_lock},
    {"sync.(*RWMutex).RLock", rlock},
    {"sync.(*RWMutex).RUnlock", runlock},
    {"sync.(*RWMutex).TryLock", rw_try_lock},
    {"sync.(*RWMutex).TryRLock", try_rlock},
    {"sync.(*RWMutex).Unlock", rw_unlock},
    {"sync.(*WaitGroup).Add", wg_add},
    {"sync.(*WaitGroup).Wait", wg_wait},
    {"sync.(*copyChecker).check", copy_checker_check},
    {"sync.OnceValue", once_value},
    {"sync.OnceValues", once_values},
    {"sync.notifyListAdd", notify_list_add},
    {"sync.notifyListNotifyAll", notify_list_notify_all},
    {"sync.notifyListNotifyOne", notify_list_notify_one},
    {"sync.notifyListWait", notify_list_wait},
};

}  // namespace

std::span<const NativeDef> natives_sync() { return kNatives; }

}  // namespace goro::lang::vm

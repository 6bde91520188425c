// ChanCore: the channel itself (Go's hchan), and Sudog (a goroutine waiting on it).
//
// Invariants (GUARDED_BY(lock) unless noted):
//  - At least one of sendq and recvq is empty, except for an unbuffered
//    channel with one goroutine blocked on it for both sending and receiving
//    through a select (as in Go's chan.go).
//  - count elements live in buf at recvx, recvx+1, ... (mod cap); the other
//    slots hold no object. count > 0 implies recvq is empty; count < cap
//    implies sendq is empty.
//  - Once closed, sendq and recvq are empty and stay empty: close wakes
//    everyone, and later senders panic instead of queueing.
//  - When several channels are locked together (select), they are locked in
//    address order, each once.
#pragma once

#include <atomic>
#include <cstdint>

#include "g.hpp"
#include "goro/detail/chan_core.hpp"
#include "spinlock.hpp"

namespace goro::detail {

// Sudog is a goroutine waiting in a channel's queue. It lives on the waiting
// goroutine's own stack, which stays put while the goroutine is parked.
struct Sudog {
  G* g = nullptr;
  void* elem = nullptr;     // value to send, or uninitialized storage to receive into
  ChanCore* c = nullptr;
  Sudog* next = nullptr;
  Sudog* prev = nullptr;
  bool in_queue = false;
  bool is_select = false;
  bool success = false;     // set by the waker: false means woken by close
  int case_index = -1;
};

class WaitQ {
 public:
  bool empty() const { return first_ == nullptr; }
  void enqueue(Sudog* s);
  // dequeue() pops the first waiter that can still be woken: a select whose
  // goroutine was already won by another channel is skipped.
  Sudog* dequeue();
  void remove(Sudog* s);  // no-op if s is not queued

 private:
  Sudog* first_ = nullptr;
  Sudog* last_ = nullptr;
};

class ChanCore {
 public:
  ChanCore(const ElemOps* ops, size_t cap);
  ~ChanCore();

  void* slot(size_t i) { return buf_ + i * stride_; }

  std::atomic<int> refs{1};
  const ElemOps* const ops;
  const size_t cap;
  const uint64_t id;
  SpinLock lock;
  size_t count = 0;
  size_t recvx = 0;
  size_t sendx = 0;
  bool closed = false;
  WaitQ recvq;
  WaitQ sendq;

 private:
  size_t stride_;
  unsigned char* buf_;
};

// These run with c->lock held and do one half of a transfer. They return the
// goroutine to ready once the lock is released (or nullptr).
G* send_to_receiver(ChanCore* c, Sudog* receiver, void* elem);
G* recv_from_sender(ChanCore* c, Sudog* sender, void* dst);
void buffer_send(ChanCore* c, void* elem);
void buffer_recv(ChanCore* c, void* dst);

// park_forever() blocks the current goroutine for good (nil channel, select {}).
[[noreturn]] void park_forever(WaitReason reason, Site site);
void unlock_spin(void* lock);

// runtime_panic() raises a Go runtime panic such as "send on closed channel".
[[noreturn]] void runtime_panic(const char* message, Site site);

}  // namespace goro::detail

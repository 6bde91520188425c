// Channel operations: send, receive, close (Go's chan.go).
#include "chan_core.hpp"

#include <stdexcept>

#include "goro/goroutine.hpp"
#include "runtime.hpp"

namespace goro::detail {
namespace {
std::atomic<uint64_t> next_chan_id{1};

void require_goroutine(const Self& self) {
  if (!self.g) throw std::logic_error("blocking channel operation outside goro::run");
}

// park_on() parks on one channel queue. If the run ends instead (park
// throws GoroutineExit), the sudog leaves the queue before the stack holding
// it unwinds, so nobody can find it afterwards.
void park_on(Runtime* rt, ChanCore* c, WaitQ& q, Sudog& s, WaitReason reason, Site site) {
  try {
    rt->park(unlock_spin, &c->lock, reason, site, c->id);
  } catch (...) {
    c->lock.lock();
    q.remove(&s);
    c->lock.unlock();
    throw;
  }
}

void emit_transfer(const Self& self, EventKind kind, ChanCore* c, G* partner) {
  if (!self.rt || !self.rt->events_on()) return;
  self.rt->emit({.kind = kind, .g = self.g ? self.g->id : 0, .other = partner ? partner->id : 0, .chan = c->id});
}
}  // namespace

void WaitQ::enqueue(Sudog* s) {
  s->next = nullptr;
  s->prev = last_;
  if (last_) last_->next = s; else first_ = s;
  last_ = s;
  s->in_queue = true;
}

void WaitQ::remove(Sudog* s) {
  if (!s->in_queue) return;
  (s->prev ? s->prev->next : first_) = s->next;
  (s->next ? s->next->prev : last_) = s->prev;
  s->next = s->prev = nullptr;
  s->in_queue = false;
}

Sudog* WaitQ::dequeue() {
  while (Sudog* s = first_) {
    remove(s);
    if (s->is_select) {
      uint32_t expected = 0;
      // Another channel already woke this select: leave it alone.
      if (!s->g->select_done.compare_exchange_strong(expected, 1)) continue;
    }
    return s;
  }
  return nullptr;
}

ChanCore::ChanCore(const ElemOps* o, size_t capacity)
    : ops(o), cap(capacity), id(next_chan_id.fetch_add(1, std::memory_order_relaxed)) {
  stride_ = (o->size + o->align - 1) / o->align * o->align;
  buf_ = cap ? static_cast<unsigned char*>(::operator new(stride_ * cap, std::align_val_t(o->align))) : nullptr;
}

ChanCore::~ChanCore() {
  for (size_t i = 0; i < count; ++i) ops->destroy(slot((recvx + i) % cap));
  if (buf_) ::operator delete(buf_, std::align_val_t(ops->align));
}

ChanCore* chan_make(const ElemOps* ops, size_t cap) { return new ChanCore(ops, cap); }
void chan_retain(ChanCore* c) {
  if (c) c->refs.fetch_add(1, std::memory_order_relaxed);
}
void chan_release(ChanCore* c) {
  if (c && c->refs.fetch_sub(1, std::memory_order_acq_rel) == 1) delete c;
}
size_t chan_len(const ChanCore* c) { return c ? c->count : 0; }
size_t chan_cap(const ChanCore* c) { return c ? c->cap : 0; }
uint64_t chan_id(const ChanCore* c) { return c ? c->id : 0; }

void unlock_spin(void* lock) { static_cast<SpinLock*>(lock)->unlock(); }

void runtime_panic(const char* message, Site site) { throw goro::Panic(message, site); }

void park_forever(WaitReason reason, Site site) {
  Self self = Self::get();
  require_goroutine(self);
  self.rt->park([](void*) {}, nullptr, reason, site);
  std::abort();  // nothing readies a goroutine parked forever; park throws at exit
}

G* send_to_receiver(ChanCore* c, Sudog* r, void* elem) {
  c->ops->move_construct(r->elem, elem);
  r->success = true;
  r->g->param = r;
  return r->g;
}

G* recv_from_sender(ChanCore* c, Sudog* s, void* dst) {
  if (c->cap == 0) {
    c->ops->move_construct(dst, s->elem);
  } else {
    // The buffer is full: take its head and put the sender's value at the tail
    // (the slot just freed), keeping FIFO order.
    void* head = c->slot(c->recvx);
    c->ops->move_construct(dst, head);
    c->ops->destroy(head);
    c->ops->move_construct(head, s->elem);
    c->recvx = (c->recvx + 1) % c->cap;
    c->sendx = c->recvx;
  }
  s->success = true;
  s->g->param = s;
  return s->g;
}

void buffer_send(ChanCore* c, void* elem) {
  c->ops->move_construct(c->slot(c->sendx), elem);
  c->sendx = (c->sendx + 1) % c->cap;
  ++c->count;
}

void buffer_recv(ChanCore* c, void* dst) {
  void* head = c->slot(c->recvx);
  c->ops->move_construct(dst, head);
  c->ops->destroy(head);
  c->recvx = (c->recvx + 1) % c->cap;
  --c->count;
}

bool chan_send(ChanCore* c, void* elem, bool block, Site site) {
  if (!c) {
    if (!block) return false;
    park_forever(WaitReason::ChanSendNil, site);
  }
  Self self = Self::get();
  if (self.g) self.rt->check_exiting();
  c->lock.lock();
  if (c->closed) {
    c->lock.unlock();
    runtime_panic("send on closed channel", site);
  }
  if (Sudog* r = c->recvq.dequeue()) {
    G* gp = send_to_receiver(c, r, elem);
    c->lock.unlock();
    emit_transfer(self, EventKind::Send, c, gp);
    self.rt->ready_on(self.w, gp);
    return true;
  }
  if (c->count < c->cap) {
    buffer_send(c, elem);
    c->lock.unlock();
    emit_transfer(self, EventKind::Send, c, nullptr);
    return true;
  }
  if (!block) {
    c->lock.unlock();
    return false;
  }
  if (!self.g) {
    c->lock.unlock();
    require_goroutine(self);
  }
  Sudog s;
  s.g = self.g;
  s.elem = elem;
  s.c = c;
  c->sendq.enqueue(&s);
  park_on(self.rt, c, c->sendq, s, WaitReason::ChanSend, site);
  if (!s.success) runtime_panic("send on closed channel", site);
  return true;
}

RecvResult chan_recv(ChanCore* c, void* dst, bool block, Site site) {
  if (!c) {
    if (!block) return {false, false};
    park_forever(WaitReason::ChanReceiveNil, site);
  }
  Self self = Self::get();
  if (self.g) self.rt->check_exiting();
  c->lock.lock();
  if (c->closed && c->count == 0) {
    c->lock.unlock();
    c->ops->default_construct(dst);
    emit_transfer(self, EventKind::Recv, c, nullptr);
    return {true, false};
  }
  if (Sudog* s = c->sendq.dequeue()) {
    G* gp = recv_from_sender(c, s, dst);
    c->lock.unlock();
    emit_transfer(self, EventKind::Recv, c, gp);
    self.rt->ready_on(self.w, gp);
    return {true, true};
  }
  if (c->count > 0) {
    buffer_recv(c, dst);
    c->lock.unlock();
    emit_transfer(self, EventKind::Recv, c, nullptr);
    return {true, true};
  }
  if (!block) {
    c->lock.unlock();
    return {false, false};
  }
  if (!self.g) {
    c->lock.unlock();
    require_goroutine(self);
  }
  Sudog s;
  s.g = self.g;
  s.elem = dst;
  s.c = c;
  c->recvq.enqueue(&s);
  park_on(self.rt, c, c->recvq, s, WaitReason::ChanReceive, site);
  return {true, s.success};
}

void chan_close(ChanCore* c, Site site) {
  if (!c) runtime_panic("close of nil channel", site);
  c->lock.lock();
  if (c->closed) {
    c->lock.unlock();
    runtime_panic("close of closed channel", site);
  }
  c->closed = true;
  // Wake every receiver (with the zero value) and every sender (to panic),
  // in Go's order: receivers first.
  G* wake_head = nullptr;
  G** wake_tail = &wake_head;
  auto collect = [&](Sudog* s) {
    s->success = false;
    s->g->param = s;
    s->g->sched_next = nullptr;
    *wake_tail = s->g;
    wake_tail = &s->g->sched_next;
  };
  while (Sudog* s = c->recvq.dequeue()) {
    c->ops->default_construct(s->elem);
    collect(s);
  }
  while (Sudog* s = c->sendq.dequeue()) collect(s);
  c->lock.unlock();
  Self self = Self::get();
  if (self.rt && self.rt->events_on())
    self.rt->emit({.kind = EventKind::Close, .g = self.g ? self.g->id : 0, .chan = c->id});
  for (G* g = wake_head; g;) {
    G* next = g->sched_next;
    self.rt->ready_on(self.w, g);
    g = next;
  }
}

}  // namespace goro::detail

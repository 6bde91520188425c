// select_run: Go's selectgo, on the channel core.
#include <algorithm>
#include <memory>

#include "chan_core.hpp"
#include "runtime.hpp"

namespace goro::detail {
namespace {

constexpr int kInlineCases = 8;

// Scratch holds the per-case arrays, inline for small selects.
struct Scratch {
  explicit Scratch(int n) {
    if (n > kInlineCases) {
      heap_order = std::make_unique<int[]>(size_t(2 * n));
      heap_sudogs = std::make_unique<Sudog[]>(size_t(n));
    }
  }
  int* poll() { return heap_order ? heap_order.get() : inline_order; }
  int* lock(int n) { return heap_order ? heap_order.get() + n : inline_order + kInlineCases; }
  Sudog* sudogs() { return heap_sudogs ? heap_sudogs.get() : inline_sudogs; }

  int inline_order[2 * kInlineCases];
  Sudog inline_sudogs[kInlineCases];
  std::unique_ptr<int[]> heap_order;
  std::unique_ptr<Sudog[]> heap_sudogs;
};

// Locked is the set of channels a select holds, in lock order, deduplicated.
struct Locked {
  SelectCase* cases;
  int* order;
  int n;
  void lock() {
    for (int i = 0; i < n; ++i)
      if (i == 0 || cases[order[i]].c != cases[order[i - 1]].c) cases[order[i]].c->lock.lock();
  }
  void unlock() {
    for (int i = n - 1; i >= 0; --i)
      if (i == 0 || cases[order[i]].c != cases[order[i - 1]].c) cases[order[i]].c->lock.unlock();
  }
};

void emit_select(Runtime* rt, G* g, int index) {
  if (!rt || !rt->events_on()) return;
  rt->emit({.kind = EventKind::Select, .g = g ? g->id : 0, .select_case = index});
}

}  // namespace

SelectResult select_run(SelectCase* cases, int n, bool has_default, Site site) {
  // rt and g stay valid across the park below; w does not (g may resume elsewhere).
  Self self = Self::get();
  Runtime* rt = self.rt;
  G* g = self.g;
  Worker* w = self.w;
  if (g) rt->check_exiting();
  Scratch scratch(n);
  int* pollorder = scratch.poll();
  int* lockorder = scratch.lock(n);

  // Phase 0 - a random poll order over the non-nil cases (Go's cheaprandn
  // shuffle), and a lock order by channel address.
  int norder = 0;
  for (int i = 0; i < n; ++i) {
    if (!cases[i].c) continue;
    int j = w ? int(w->next_random() % uint64_t(norder + 1)) : 0;
    pollorder[norder] = pollorder[j];
    pollorder[j] = i;
    ++norder;
  }
  if (norder == 0 && !has_default) {
    park_forever(n == 0 ? WaitReason::SelectNoCases : WaitReason::Select, site);
  }
  std::copy(pollorder, pollorder + norder, lockorder);
  std::sort(lockorder, lockorder + norder, [&](int a, int b) {
    return std::less<ChanCore*>()(cases[a].c, cases[b].c);
  });
  Locked locked{cases, lockorder, norder};
  locked.lock();

  // Pass 1 - look for something already waiting.
  for (int k = 0; k < norder; ++k) {
    int i = pollorder[k];
    SelectCase& cs = cases[i];
    ChanCore* c = cs.c;
    if (cs.is_send) {
      if (c->closed) {
        locked.unlock();
        runtime_panic("send on closed channel", site);
      }
      if (Sudog* r = c->recvq.dequeue()) {
        G* gp = send_to_receiver(c, r, cs.elem);
        locked.unlock();
        emit_select(rt, g, i);
        rt->ready_on(w, gp);
        return {i, true};
      }
      if (c->count < c->cap) {
        buffer_send(c, cs.elem);
        locked.unlock();
        emit_select(rt, g, i);
        return {i, true};
      }
    } else {
      if (Sudog* s = c->sendq.dequeue()) {
        G* gp = recv_from_sender(c, s, cs.elem);
        locked.unlock();
        emit_select(rt, g, i);
        rt->ready_on(w, gp);
        return {i, true};
      }
      if (c->count > 0) {
        buffer_recv(c, cs.elem);
        locked.unlock();
        emit_select(rt, g, i);
        return {i, true};
      }
      if (c->closed) {
        locked.unlock();
        c->ops->default_construct(cs.elem);
        emit_select(rt, g, i);
        return {i, false};
      }
    }
  }
  if (has_default) {
    locked.unlock();
    emit_select(rt, g, -1);
    return {-1, false};
  }
  if (!g) {
    locked.unlock();
    throw std::logic_error("blocking select outside goro::run");
  }

  // Pass 2 - enqueue on all channels.
  Sudog* sgs = scratch.sudogs();
  g->select_done.store(0, std::memory_order_relaxed);
  g->param = nullptr;
  for (int k = 0; k < norder; ++k) {
    int i = lockorder[k];
    Sudog& s = sgs[k];
    s = Sudog{};
    s.g = g;
    s.elem = cases[i].elem;
    s.c = cases[i].c;
    s.is_select = true;
    s.case_index = i;
    (cases[i].is_send ? s.c->sendq : s.c->recvq).enqueue(&s);
  }
  auto dequeue_losers = [&](Sudog* won) {
    for (int k = 0; k < norder; ++k) {
      Sudog& s = sgs[k];
      if (&s != won) (cases[s.case_index].is_send ? s.c->sendq : s.c->recvq).remove(&s);
    }
  };
  try {
    rt->park([](void* p) { static_cast<Locked*>(p)->unlock(); }, &locked, WaitReason::Select, site);
  } catch (...) {  // the run ended: leave every queue before this stack unwinds
    locked.lock();
    dequeue_losers(nullptr);
    locked.unlock();
    throw;
  }

  // Pass 3 - dequeue from the channels that did not win.
  locked.lock();
  Sudog* won = g->param;
  g->param = nullptr;
  dequeue_losers(won);
  locked.unlock();
  int i = won->case_index;
  emit_select(rt, g, i);
  if (cases[i].is_send) {
    if (!won->success) runtime_panic("send on closed channel", site);
    return {i, true};
  }
  return {i, won->success};
}

}  // namespace goro::detail

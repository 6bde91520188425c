// Channels of interpreted programs on the runtime's type-erased channel
// core (goro/detail/chan_core.hpp): the same send/receive/close/select,
// wait queues, deadlock detection and events as the C++ API's channels.
//
// A channel value (one register) is a VmChan*, nil for a nil channel. An
// element travels in register form: its slots, moved by memcpy, for up to
// kMaxInlineSlots slots; a larger one as a pointer to a heap copy (so the
// runtime's buffers stay small and every element kind shares 9 ElemOps).
// A closed channel's zero element is all-zero slots, or a null pointer for
// the large ones, which a receiver turns into zeros.
//
// Each operation tells the runtime the line it runs at (Site), which events
// carry; reports list the frames through the traceback hook instead.
#include <algorithm>
#include <cstring>
#include <new>
#include <vector>

#include "goro/detail/chan_core.hpp"
#include "heap.hpp"
#include "vm.hpp"
#include "vm_ops.hpp"

namespace goro::lang::vm {

namespace {

using goro::detail::ChanCore;
using goro::detail::ElemOps;

constexpr uint32_t kMaxInlineSlots = 8;

struct VmChan {
  ChanCore* core;
  uint32_t slots;  // register slots of an element
  bool boxed;      // elements travel as a pointer to a heap copy
};

template <uint32_t N>
constexpr ElemOps kSlotOps{
    N * sizeof(Slot),
    alignof(Slot),
    [](void* dst, void* src) { std::memcpy(dst, src, N * sizeof(Slot)); },
    [](void*) {},
    [](void* p) { std::memset(p, 0, N * sizeof(Slot)); },
    nullptr,
};

// kOpsBySlots[n] carries n-slot elements (n = 0 uses one unused slot).
constexpr const ElemOps* kOpsBySlots[kMaxInlineSlots + 1] = {
    &kSlotOps<1>, &kSlotOps<1>, &kSlotOps<2>, &kSlotOps<3>, &kSlotOps<4>,
    &kSlotOps<5>, &kSlotOps<6>, &kSlotOps<7>, &kSlotOps<8>,
};

// Buffer is one element in transit: what the runtime moves.
struct Buffer {
  Slot slots[kMaxInlineSlots];
};

goro::Site site_of(const Thread& t) { return goro::Site{t.prog->filename.c_str(), current_line(t)}; }

ChanCore* core_of(const void* ch) { return ch ? static_cast<const VmChan*>(ch)->core : nullptr; }

// pack() puts the value to send (register form) into b.
void pack(const VmChan& c, const Slot* value, Buffer& b) {
  if (c.boxed) {
    auto* copy = static_cast<Slot*>(heap_alloc(size_t(c.slots) * sizeof(Slot)));
    std::memcpy(copy, value, size_t(c.slots) * sizeof(Slot));
    b.slots[0] = ptr_slot(copy);
  } else if (c.slots) {
    std::memcpy(b.slots, value, size_t(c.slots) * sizeof(Slot));
  }
}

// unpack() writes a received element to dst (register form).
void unpack(const VmChan& c, const Buffer& b, Slot* dst) {
  const size_t bytes = size_t(c.slots) * sizeof(Slot);
  const void* from = c.boxed ? b.slots[0].p : b.slots;
  if (from) std::memcpy(dst, from, bytes);
  else std::memset(dst, 0, bytes);
}

}  // namespace

void* make_chan(Thread& t, const RType* chan_type, int64_t cap) {
  const uint32_t slots = chan_type->elem->slots;
  const bool boxed = slots > kMaxInlineSlots;
  const ElemOps* ops = kOpsBySlots[boxed ? 1 : slots];
  // Go's limit: the buffer must fit in the address space it can allocate.
  constexpr int64_t kMaxBufferBytes = int64_t(1) << 48;
  if (cap < 0 || cap > kMaxBufferBytes / int64_t(ops->size)) panic_plain_error("makechan: size out of range");
  ChanCore* core;
  try {
    core = goro::detail::chan_make(ops, size_t(cap));
  } catch (const std::bad_alloc&) {
    throw OutOfMemory();
  }
  {
    std::lock_guard<std::mutex> g(t.prog->chans_lock);
    t.prog->chans.push_back(core);
  }
  auto* c = static_cast<VmChan*>(heap_alloc(sizeof(VmChan)));
  *c = VmChan{core, slots, boxed};
  return c;
}

void chan_send_value(Thread& t, void* ch, const Slot* value) {
  Buffer b;
  if (ch) pack(*static_cast<const VmChan*>(ch), value, b);
  goro::detail::chan_send(core_of(ch), b.slots, true, site_of(t));
}

void chan_recv_value(Thread& t, void* ch, Slot* dst, bool comma_ok) {
  Buffer b;
  goro::detail::RecvResult r = goro::detail::chan_recv(core_of(ch), b.slots, true, site_of(t));
  // A nil channel never gets here: receiving from it blocks forever.
  const VmChan& c = *static_cast<const VmChan*>(ch);
  unpack(c, b, dst);
  if (comma_ok) dst[c.slots].u = r.received;
}

void chan_close_value(Thread& t, void* ch) { goro::detail::chan_close(core_of(ch), site_of(t)); }

int64_t chan_len_value(void* ch) { return int64_t(goro::detail::chan_len(core_of(ch))); }

int64_t chan_cap_value(void* ch) { return int64_t(goro::detail::chan_cap(core_of(ch))); }

int64_t select_cases(Thread& t, Slot* regs, const void* table, bool has_default) {
  const auto& tab = *static_cast<const SelectTable*>(table);
  constexpr uint32_t kLocalCases = 8;
  goro::detail::SelectCase local_cases[kLocalCases];
  Buffer local_buffers[kLocalCases];
  std::vector<goro::detail::SelectCase> more_cases;
  std::vector<Buffer> more_buffers;
  goro::detail::SelectCase* cases = local_cases;
  Buffer* buffers = local_buffers;
  if (tab.n > kLocalCases) {
    more_cases.resize(tab.n);
    more_buffers.resize(tab.n);
    cases = more_cases.data();
    buffers = more_buffers.data();
  }
  for (uint32_t i = 0; i < tab.n; ++i) {
    const SelectCaseDesc& d = tab.cases[i];
    const auto* c = static_cast<const VmChan*>(regs[d.chan_reg].cp);
    if (c && d.is_send) pack(*c, &regs[d.value_reg], buffers[i]);
    cases[i] = goro::detail::SelectCase{c ? c->core : nullptr, buffers[i].slots, d.is_send};
  }
  goro::detail::SelectResult r = goro::detail::select_run(cases, int(tab.n), has_default, site_of(t));
  if (r.index >= 0 && !tab.cases[r.index].is_send) {
    const SelectCaseDesc& d = tab.cases[r.index];
    unpack(*static_cast<const VmChan*>(regs[d.chan_reg].cp), buffers[r.index], &regs[d.value_reg]);
    if (d.ok_reg != 0xFFFF) regs[d.ok_reg].u = r.received;
  }
  return r.index;
}

}  // namespace goro::lang::vm

// Package sync/atomic's natives (stdlib/sync_atomic.go): the functions on
// *int32 ... *uintptr (AtomicRef on the interpreter's memory, which
// Go's layout keeps aligned), and Value's methods with Go's panics.
//
// A Value is {v any}: two words that must change together, so its methods
// take a lock chosen by the Value's address.
#include "native_atomic.hpp"
#include <mutex>

#include "native_support.hpp"
#include "native_tables.hpp"

namespace goro::lang::vm {

namespace {

using namespace native;

template <class T>
native::AtomicRef<T> addr(const Slot& s) {
  if (s.p == nullptr) panic_nil();
  return native::AtomicRef<T>(*static_cast<T*>(s.p));
}

// Results keep the register invariants: signed values sign-extended,
// unsigned ones zero-extended (value.hpp).
template <class T>
void put(Slot& s, T v) {
  if constexpr (std::is_signed_v<T>) s.i = int64_t(v);
  else s.u = uint64_t(v);
}

template <class T>
void add(Thread&, Slot* r) {
  put(r[0], T(addr<T>(r[0]).fetch_add(T(r[1].u)) + T(r[1].u)));
}
template <class T>
void cas(Thread&, Slot* r) {
  T old = T(r[1].u);
  put_bool(r[0], addr<T>(r[0]).compare_exchange_strong(old, T(r[2].u)));
}
template <class T>
void load_(Thread&, Slot* r) {
  put(r[0], addr<T>(r[0]).load());
}
template <class T>
void store_(Thread&, Slot* r) {
  addr<T>(r[0]).store(T(r[1].u));
}
template <class T>
void swap(Thread&, Slot* r) {
  put(r[0], addr<T>(r[0]).exchange(T(r[1].u)));
}

// ---- Value

std::mutex& value_lock(const void* v) {
  static std::mutex locks[64];
  return locks[(uintptr_t(v) >> 4) % 64];
}

char* value(const Slot& s) {
  if (s.p == nullptr) panic_nil();
  return static_cast<char*>(s.p);
}

Iface read(const char* v) { return load_iface(v); }
void write(char* v, Iface x) {
  store_leaf(Leaf::Ptr, v, ptr_slot(x.type));
  store_leaf(Leaf::Ptr, v + 8, ptr_slot(x.data));
}

bool iface_eq(Iface a, Iface b) {
  static const RType any = [] {
    RType t;
    t.kind = RKind::Interface;
    t.size = 16;
    t.align = 8;
    t.slots = 2;
    t.leaves = {Leaf::Ptr, Leaf::Ptr};
    t.offsets = {0, 8};
    t.comparable = true;
    t.name = "interface {}";
    return t;
  }();
  Slot x[2], y[2];
  put_iface(x, a);
  put_iface(y, b);
  return equal_regs(&any, x, y);
}

// Load() (val any)
void value_load(Thread&, Slot* r) {
  char* v = value(r[0]);
  std::lock_guard<std::mutex> lock(value_lock(v));
  put_iface(r, read(v));
}

// Store(val any)
void value_store(Thread&, Slot* r) {
  char* v = value(r[0]);
  const Iface x = arg_iface(r + 1);
  if (x.type == nullptr) panic_string("sync/atomic: store of nil value into Value");
  std::unique_lock<std::mutex> lock(value_lock(v));
  const Iface cur = read(v);
  if (cur.type != nullptr && cur.type != x.type) {
    lock.unlock();
    panic_string("sync/atomic: store of inconsistently typed value into Value");
  }
  write(v, x);
}

// Swap(new any) (old any)
void value_swap(Thread&, Slot* r) {
  char* v = value(r[0]);
  const Iface x = arg_iface(r + 1);
  if (x.type == nullptr) panic_string("sync/atomic: swap of nil value into Value");
  std::unique_lock<std::mutex> lock(value_lock(v));
  const Iface cur = read(v);
  if (cur.type != nullptr && cur.type != x.type) {
    lock.unlock();
    panic_string("sync/atomic: swap of inconsistently typed value into Value");
  }
  write(v, x);
  lock.unlock();
  put_iface(r, cur);
}

// CompareAndSwap(old, new any) (swapped bool)
void value_cas(Thread&, Slot* r) {
  char* v = value(r[0]);
  const Iface old = arg_iface(r + 1);
  const Iface x = arg_iface(r + 3);
  if (x.type == nullptr) panic_string("sync/atomic: compare and swap of nil value into Value");
  if (old.type != nullptr && old.type != x.type) {
    panic_string("sync/atomic: compare and swap of inconsistently typed values");
  }
  std::unique_lock<std::mutex> lock(value_lock(v));
  const Iface cur = read(v);
  if (cur.type == nullptr) {
    if (old.type != nullptr) return put_bool(r[0], false);
    write(v, x);
    return put_bool(r[0], true);
  }
  if (cur.type != x.type) {
    lock.unlock();
    panic_string("sync/atomic: compare and swap of inconsistently typed value into Value");
  }
  lock.unlock();  // == may panic (uncomparable values): not under the lock
  if (!iface_eq(cur, old)) return put_bool(r[0], false);
  lock.lock();
  const Iface now = read(v);
  const bool same = now.type == cur.type && now.data == cur.data;
  if (same) write(v, x);
  put_bool(r[0], same);
}

constexpr NativeDef kNatives[] = {
    {"sync/atomic.(*Value).CompareAndSwap", value_cas},
    {"sync/atomic.(*Value).Load", value_load},
    {"sync/atomic.(*Value).Store", value_store},
    {"sync/atomic.(*Value).Swap", value_swap},
    {"sync/atomic.AddInt32", add<int32_t>},
    {"sync/atomic.AddInt64", add<int64_t>},
    {"sync/atomic.AddUint32", add<uint32_t>},
    {"sync/atomic.AddUint64", add<uint64_t>},
    {"sync/atomic.AddUintptr", add<uint64_t>},
    {"sync/atomic.CompareAndSwapInt32", cas<int32_t>},
    {"sync/atomic.CompareAndSwapInt64", cas<int64_t>},
    {"sync/atomic.CompareAndSwapUint32", cas<uint32_t>},
    {"sync/atomic.CompareAndSwapUint64", cas<uint64_t>},
    {"sync/atomic.CompareAndSwapUintptr", cas<uint64_t>},
    {"sync/atomic.LoadInt32", load_<int32_t>},
    {"sync/atomic.LoadInt64", load_<int64_t>},
    {"sync/atomic.LoadUint32", load_<uint32_t>},
    {"sync/atomic.LoadUint64", load_<uint64_t>},
    {"sync/atomic.LoadUintptr", load_<uint64_t>},
    {"sync/atomic.StoreInt32", store_<int32_t>},
    {"sync/atomic.StoreInt64", store_<int64_t>},
    {"sync/atomic.StoreUint32", store_<uint32_t>},
    {"sync/atomic.StoreUint64", store_<uint64_t>},
    {"sync/atomic.StoreUintptr", store_<uint64_t>},
    {"sync/atomic.SwapInt32", swap<int32_t>},
    {"sync/atomic.SwapInt64", swap<int64_t>},
    {"sync/atomic.SwapUint32", swap<uint32_t>},
    {"sync/atomic.SwapUint64", swap<uint64_t>},
    {"sync/atomic.SwapUintptr", swap<uint64_t>},
};

}  // namespace

std::span<const NativeDef> natives_sync_atomic() { return kNatives; }

}  // namespace goro::lang::vm

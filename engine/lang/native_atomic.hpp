// AtomicRef: atomic operations on an object of the interpreter's memory
// (an int32 field of a Go struct), as std::atomic_ref offers them, which the
// WebAssembly toolchain's C++ library lacks. Built on the compiler's
// __atomic builtins, sequentially consistent like Go's sync/atomic.
#pragma once

namespace goro::lang::vm::native {

template <class T>
class AtomicRef {
 public:
  explicit AtomicRef(T& obj) : p_(&obj) {}
  T load() const { return __atomic_load_n(p_, __ATOMIC_SEQ_CST); }
  void store(T v) const { __atomic_store_n(p_, v, __ATOMIC_SEQ_CST); }
  T exchange(T v) const { return __atomic_exchange_n(p_, v, __ATOMIC_SEQ_CST); }
  T fetch_add(T v) const { return __atomic_fetch_add(p_, v, __ATOMIC_SEQ_CST); }
  // compare_exchange_strong(): as std's, expected gets the current value on failure.
  bool compare_exchange_strong(T& expected, T desired) const {
    return __atomic_compare_exchange_n(p_, &expected, desired, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
  }
  bool compare_exchange_weak(T& expected, T desired) const {
    return __atomic_compare_exchange_n(p_, &expected, desired, true, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
  }

 private:
  T* p_;
};

}  // namespace goro::lang::vm::native

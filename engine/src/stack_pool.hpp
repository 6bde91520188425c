// StackPool: goroutine stacks, allocated in slabs, cached and reused.
//
// Invariants:
//  - Every Stack handed out is [lo, lo + size) with size a multiple of the
//    page size; natively the page just below lo is a PROT_NONE guard page
//    when `guarded` is true, so an overflow faults instead of corrupting.
//  - Stacks are never unmapped: a released stack goes to `warm_`; trim()
//    gives the memory of warm stacks beyond a bound back to the OS
//    (MADV_DONTNEED) and moves them to `cold_`, so a run with a million
//    goroutines does not keep a million stacks' pages resident afterwards.
//  - Linux limits a process to vm.max_map_count mappings and each guard page
//    splits one, so guards stop being added once a budget is spent; later
//    stacks are unguarded rather than failing.
#pragma once

#include <cstddef>
#include <mutex>
#include <vector>

namespace goro::detail {

struct Stack {
  void* lo = nullptr;
  size_t size = 0;
  bool guarded = false;
};

class StackPool {
 public:
  static StackPool& instance();

  // acquire() returns a stack of at least `size` bytes, or {} if memory is exhausted. Thread-safe.
  Stack acquire(size_t size);
  // release() returns a stack for reuse. Thread-safe.
  void release(const Stack& s);
  // trim() releases the memory of all but `keep` cached stacks. Thread-safe.
  void trim(size_t keep);

  static size_t page_size();
  static size_t round_size(size_t size);

 private:
  void refill(size_t size);  // REQUIRES(mu_)

  std::mutex mu_;
  size_t size_ = 0;           // GUARDED_BY(mu_): the one size cached; other sizes bypass the cache
  std::vector<Stack> warm_;   // GUARDED_BY(mu_)
  std::vector<Stack> cold_;   // GUARDED_BY(mu_)
  long guard_budget_ = -1;    // GUARDED_BY(mu_): guard pages still allowed (-1: not computed)
};

}  // namespace goro::detail

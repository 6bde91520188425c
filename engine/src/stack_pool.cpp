#include "stack_pool.hpp"

#include <algorithm>
#include <cstdlib>
#include <fstream>

#if !defined(__EMSCRIPTEN__)
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace goro::detail {
namespace {
constexpr size_t kSlabStacks = 64;

#if !defined(__EMSCRIPTEN__)
long compute_guard_budget() {
  long max_maps = 65530;
  std::ifstream f("/proc/sys/vm/max_map_count");
  f >> max_maps;
  // Each guard adds two mappings; leave room for the allocator, libraries and threads.
  return std::max(0L, (max_maps - 8192) / 2);
}
#endif
}  // namespace

StackPool& StackPool::instance() {
  static StackPool* pool = new StackPool;  // never destroyed: goroutine threads may outlive statics
  return *pool;
}

size_t StackPool::page_size() {
#if defined(__EMSCRIPTEN__)
  return 4096;
#else
  static const size_t ps = size_t(sysconf(_SC_PAGESIZE));
  return ps;
#endif
}

size_t StackPool::round_size(size_t size) {
  size_t ps = page_size();
  if (size < 4 * ps) size = 4 * ps;
  return (size + ps - 1) / ps * ps;
}

Stack StackPool::acquire(size_t size) {
  size = round_size(size);
  std::lock_guard lock(mu_);
  if (size_ == 0) size_ = size;
  if (size == size_) {
    if (warm_.empty() && cold_.empty()) refill(size);
    auto& from = warm_.empty() ? cold_ : warm_;
    if (!from.empty()) {
      Stack s = from.back();
      from.pop_back();
      return s;
    }
    return {};
  }
#if defined(__EMSCRIPTEN__)
  void* p = std::aligned_alloc(16, size);
  return p ? Stack{p, size, false} : Stack{};
#else
  void* p = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  return p == MAP_FAILED ? Stack{} : Stack{p, size, false};
#endif
}

void StackPool::refill(size_t size) {
#if defined(__EMSCRIPTEN__)
  // No guard pages in WebAssembly; allocate one stack at a time.
  if (void* p = std::aligned_alloc(16, size)) warm_.push_back({p, size, false});
#else
  if (guard_budget_ < 0) guard_budget_ = compute_guard_budget();
  size_t ps = page_size();
  size_t slot = size + ps;
  void* region = mmap(nullptr, slot * kSlabStacks, PROT_READ | PROT_WRITE,
                      MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
  if (region == MAP_FAILED) return;
  char* base = static_cast<char*>(region);
  // Push in reverse so stacks are handed out in address order.
  for (size_t i = kSlabStacks; i-- > 0;) {
    char* guard = base + i * slot;
    bool guarded = guard_budget_ > 0 && mprotect(guard, ps, PROT_NONE) == 0;
    if (guarded) --guard_budget_;
    cold_.push_back({guard + ps, size, guarded});
  }
#endif
}

void StackPool::release(const Stack& s) {
  if (!s.lo) return;
  std::lock_guard lock(mu_);
  if (s.size == size_) {
    warm_.push_back(s);
    return;
  }
#if defined(__EMSCRIPTEN__)
  std::free(s.lo);
#else
  munmap(s.lo, s.size);
#endif
}

void StackPool::trim(size_t keep) {
  std::lock_guard lock(mu_);
  if (warm_.size() <= keep) return;
  // The most recently released stacks (the back) stay warm.
  auto first_kept = warm_.end() - std::ptrdiff_t(keep);
#if defined(__EMSCRIPTEN__)
  for (auto it = warm_.begin(); it != first_kept; ++it) std::free(it->lo);
#else
  // One madvise per run of neighbouring slots, not per stack: after a run
  // with a million goroutines that is ~64x fewer system calls. A run may
  // span the guard pages between its stacks; they were never touched.
  std::sort(warm_.begin(), first_kept, [](const Stack& a, const Stack& b) { return a.lo < b.lo; });
  size_t ps = page_size();
  char* run_lo = nullptr;
  char* run_hi = nullptr;
  for (auto it = warm_.begin(); it != first_kept; ++it) {
    char* lo = static_cast<char*>(it->lo);
    if (run_lo && lo - (it->guarded ? ps : 0) == run_hi) {
      run_hi = lo + it->size;
      continue;
    }
    if (run_lo) madvise(run_lo, size_t(run_hi - run_lo), MADV_DONTNEED);
    run_lo = lo;
    run_hi = lo + it->size;
  }
  if (run_lo) madvise(run_lo, size_t(run_hi - run_lo), MADV_DONTNEED);
  cold_.insert(cold_.end(), warm_.begin(), first_kept);
#endif
  warm_.erase(warm_.begin(), first_kept);
}

}  // namespace goro::detail

#include "stack_pool.hpp"

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
  while (warm_.size() > keep) {
    Stack s = warm_.back();
    warm_.pop_back();
#if defined(__EMSCRIPTEN__)
    std::free(s.lo);
#else
    madvise(s.lo, s.size, MADV_DONTNEED);
    cold_.push_back(s);
#endif
  }
}

}  // namespace goro::detail

// The heap as a per-thread bump allocator over zeroed chunks.
//
// Why chunks and not one malloc per object: there is nothing to free one
// object at a time (no collector yet), so a bump pointer makes the common
// small allocation a few instructions with no lock, and zeroing comes free
// from calloc's fresh pages. heap_reset() then frees a few hundred chunks
// rather than millions of objects.
//
// Invariants:
//  - every chunk and large block handed out since the last reset is in
//    Heap::blocks (under Heap::lock), and heap_reset() frees exactly those;
//  - a thread's bump region [cur, end) lies in a chunk of the current epoch
//    and has never been handed out, so it is still zero; a thread whose
//    epoch is stale owns no region (its chunk was freed by a reset);
//  - Heap::allocated is the sum of the sizes handed out since the reset and
//    never exceeds Heap::limit after a successful heap_alloc().
#include "heap.hpp"

#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <mutex>
#include <vector>

namespace goro::lang::vm {

namespace {

constexpr size_t kChunkSize = 256 << 10;
// Allocations above kLargeSize get a block of their own, so a chunk wastes
// at most this much at its end.
constexpr size_t kLargeSize = kChunkSize / 8;

struct Heap {
  std::mutex lock;
  std::vector<void*> blocks;  // guarded by lock: what calloc returned
  std::atomic<uint64_t> epoch{1};
  std::atomic<size_t> allocated{0};
  std::atomic<size_t> limit{SIZE_MAX};
};

// heap() is never destroyed: threads may still allocate while the process exits.
Heap& heap() {
  static Heap* h = new Heap;
  return *h;
}

struct BumpRegion {
  char* cur = nullptr;
  char* end = nullptr;
  uint64_t epoch = 0;
};
thread_local BumpRegion tl_region;

alignas(16) char zerobase[16];

char* align_up(char* p, size_t align) {
  return reinterpret_cast<char*>((reinterpret_cast<uintptr_t>(p) + align - 1) & ~uintptr_t(align - 1));
}

// new_block() callocs n usable bytes aligned to 16 and records the block.
char* new_block(size_t n) {
  void* raw = std::calloc(1, n + 15);
  if (raw == nullptr) throw OutOfMemory();
  Heap& h = heap();
  {
    std::lock_guard<std::mutex> g(h.lock);
    h.blocks.push_back(raw);
  }
  return align_up(static_cast<char*>(raw), 16);
}

}  // namespace

void* heap_alloc(size_t n) {
  if (n == 0) return zerobase;
  if (n > SIZE_MAX / 2) throw OutOfMemory();  // no size arithmetic below may wrap
  Heap& h = heap();
  const size_t total = h.allocated.fetch_add(n, std::memory_order_relaxed) + n;
  if (total > h.limit.load(std::memory_order_relaxed)) {
    h.allocated.fetch_sub(n, std::memory_order_relaxed);
    throw OutOfMemory();
  }
  if (n > kLargeSize) return new_block(n);

  BumpRegion& r = tl_region;
  const uint64_t epoch = h.epoch.load(std::memory_order_acquire);
  if (r.epoch != epoch) r = BumpRegion{nullptr, nullptr, epoch};  // the chunk was freed
  const size_t align = n >= 16 ? 16 : 8;
  char* p = align_up(r.cur, align);
  if (r.cur == nullptr || p + n > r.end) {
    r.cur = new_block(kChunkSize);
    r.end = r.cur + kChunkSize;
    p = r.cur;  // 16-aligned
  }
  r.cur = p + n;
  return p;
}

void heap_reset(size_t limit) {
  Heap& h = heap();
  std::lock_guard<std::mutex> g(h.lock);
  for (void* b : h.blocks) std::free(b);
  h.blocks.clear();
  h.blocks.shrink_to_fit();
  h.allocated.store(0, std::memory_order_relaxed);
  h.limit.store(limit, std::memory_order_relaxed);
  // Publishing the new epoch last: a thread that sees it drops its region.
  h.epoch.fetch_add(1, std::memory_order_release);
}

size_t heap_allocated() { return heap().allocated.load(std::memory_order_relaxed); }

}  // namespace goro::lang::vm

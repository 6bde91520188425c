// Arena: the bump allocator syntax trees live in. Nodes are allocated one
// after another in large blocks and freed all at once with the arena, so a
// tree costs no per-node bookkeeping and needs no destructors (make()
// accepts only trivially destructible types to keep that true).
//
// Invariants: cur_ <= end_ and [cur_, end_) is free space in the newest
// block; every block is on the blocks_ list, newest first.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <new>
#include <span>
#include <string_view>
#include <type_traits>
#include <utility>

namespace goro::lang {

class Arena {
 public:
  Arena() = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;
  ~Arena() {
    while (blocks_) {
      Block* next = blocks_->next;
      std::free(blocks_);
      blocks_ = next;
    }
  }

  // allocate() returns size bytes aligned to align (a power of two <= 16).
  void* allocate(size_t size, size_t align) {
    auto p = (reinterpret_cast<uintptr_t>(cur_) + align - 1) & ~(uintptr_t{align} - 1);
    if (cur_ == nullptr || p + size > reinterpret_cast<uintptr_t>(end_)) {
      grow(size + align);
      p = (reinterpret_cast<uintptr_t>(cur_) + align - 1) & ~(uintptr_t{align} - 1);
    }
    cur_ = reinterpret_cast<char*>(p + size);
    return reinterpret_cast<void*>(p);
  }

  // make<T>(args...) constructs a T in the arena.
  template <class T, class... Args>
  T* make(Args&&... args) {
    static_assert(std::is_trivially_destructible_v<T>, "arena objects are never destroyed");
    return new (allocate(sizeof(T), alignof(T))) T(std::forward<Args>(args)...);
  }

  // copy() copies a list into the arena.
  template <class T>
  std::span<T> copy(std::span<const T> items) {
    static_assert(std::is_trivially_copyable_v<T>);
    if (items.empty()) return {};
    T* p = static_cast<T*>(allocate(sizeof(T) * items.size(), alignof(T)));
    std::memcpy(p, items.data(), sizeof(T) * items.size());
    return {p, items.size()};
  }

  // copy() copies text into the arena.
  std::string_view copy(std::string_view text) {
    if (text.empty()) return {};
    char* p = static_cast<char*>(allocate(text.size(), 1));
    std::memcpy(p, text.data(), text.size());
    return {p, text.size()};
  }

 private:
  struct Block {
    Block* next;
  };
  static constexpr size_t kFirstBlock = 16 << 10;
  static constexpr size_t kMaxBlock = 1 << 20;

  void grow(size_t need) {
    size_t size = next_size_;
    if (next_size_ < kMaxBlock) next_size_ *= 2;
    if (size < need + sizeof(Block)) size = need + sizeof(Block);
    auto* b = static_cast<Block*>(std::malloc(size));
    if (!b) throw std::bad_alloc();
    b->next = blocks_;
    blocks_ = b;
    cur_ = reinterpret_cast<char*>(b) + sizeof(Block);
    end_ = reinterpret_cast<char*>(b) + size;
  }

  char* cur_ = nullptr;
  char* end_ = nullptr;
  Block* blocks_ = nullptr;
  size_t next_size_ = kFirstBlock;
};

}  // namespace goro::lang

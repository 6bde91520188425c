// The map opcodes (vm_ops.hpp) on map.hpp's tables: keys and values arrive
// and leave in register form; the table holds them in memory layout.
#include <cstring>
#include <memory>
#include <new>

#include "heap.hpp"
#include "map.hpp"
#include "vm_ops.hpp"

namespace goro::lang::vm {

namespace {

// KeyBuffer is a key stored in memory layout for one map operation: on the
// C stack when small, else in a block freed when the operation ends (a
// panic included).
class KeyBuffer {
 public:
  KeyBuffer(const RType* key_type, const Slot* regs) {
    const size_t size = key_type->size;
    if (size > sizeof small_) {
      big_.reset(new unsigned char[size]);
      p_ = big_.get();
    }
    // Zeroed, so padding holds no stale bytes whatever hash() reads.
    std::memset(p_, 0, size);
    store(key_type, p_, regs);
  }
  const void* get() const { return p_; }

 private:
  alignas(16) unsigned char small_[128];
  std::unique_ptr<unsigned char[]> big_;
  void* p_ = small_;
};

}  // namespace

void* make_map(const RType* map_type, int64_t hint) { return map_make(map_type, hint); }

void map_get(Slot* dst, Map* m, const RType* map_type, const Slot* key, bool comma_ok) {
  KeyBuffer k(map_type->key, key);
  void* v = nullptr;
  if (m) v = map_access(m, k.get());
  else map_check_key(map_type, k.get());
  const RType* elem = map_type->elem;
  if (v) load(elem, v, dst);
  else std::memset(dst, 0, size_t(elem->slots) * sizeof(Slot));
  if (comma_ok) dst[elem->slots].u = v != nullptr;
}

void* map_addr(Map* m, const RType* map_type, const Slot* key) {
  KeyBuffer k(map_type->key, key);
  return map_assign(m, k.get());
}

void map_del(Map* m, const RType* map_type, const Slot* key) {
  KeyBuffer k(map_type->key, key);
  if (m) map_delete(m, k.get());
  else map_check_key(map_type, k.get());
}

int64_t map_length(Map* m) { return map_len(m); }

void map_clear_all(Map* m) { map_clear(m); }

void* map_iter_new(Map* m, uint64_t seed) {
  auto* it = new (heap_alloc(sizeof(MapIter))) MapIter;
  map_iter_init(*it, m, seed);
  return it;
}

bool map_iter_step(void* it, const RType* map_type, Slot* key, Slot* value) {
  void* k = nullptr;
  void* e = nullptr;
  if (!map_iter_next(*static_cast<MapIter*>(it), &k, &e)) return false;
  if (key) load(map_type->key, k, key);
  if (value) load(map_type->elem, e, value);
  return true;
}

}  // namespace goro::lang::vm

// Maps as compact hash tables: an index of control bytes and entry numbers
// (open addressing in groups of 8, probed as SwissTable does) over a dense
// array of entries kept in insertion order. A group keeps its 8 control
// bytes next to its 8 entry numbers, so a lookup touches the index once
// and the matching entry once.
//
// Why the dense entry array rather than keys inline in the probed slots:
// iteration order must be a function of the seed and the map's history
// alone, not of hash values, because a goro run is a pure function of
// (program, seed) and pointer keys hash by address, which differs from run
// to run. Iterating entries by position gives that; the index costs one
// more memory access per lookup.
//
// Invariants of a MapTable t:
//  - t.slots is a power of two >= 8; t.capacity = t.slots * 7 / 8;
//  - entries [0, t.used) have been appended; entry e is in the map iff
//    t.live[e]; entries at or past t.used are unused;
//  - every live entry e has exactly one index slot s (group s / 8, place
//    s % 8) whose entry number is e and whose control byte is h2 of e's
//    hash; the other slots' control bytes are kEmpty or kDeleted;
//    full + deleted slots <= t.used <= t.capacity, so every probe sequence
//    meets an empty slot;
//  - a group (8 aligned slots) that has ever been full never holds kEmpty
//    again (deletions there leave kDeleted), so a lookup may stop at the
//    first group with an empty slot.
// Invariants of a Map m:
//  - m.count is the number of live entries of m.table (null when the map
//    has never held an entry);
//  - a table replaced by a rebuild is never written again unless no
//    iteration can reach it (its iterator count is 0), when it may come
//    back as m.spare;
//  - m.writing is set only inside map_assign/map_delete/map_clear.
#include "map.hpp"

#include <atomic>
#include <bit>
#include <cassert>
#include <cstring>
#include <new>

#include "fatal.hpp"
#include "gopanic.hpp"
#include "hash_mix.hpp"
#include "heap.hpp"

namespace goro::lang::vm {

namespace {

constexpr uint8_t kEmpty = 0x80;
constexpr uint8_t kDeleted = 0xFE;
constexpr uint32_t kGroup = 8;
constexpr uint64_t kLsbs = 0x0101010101010101ULL;
constexpr uint64_t kMsbs = 0x8080808080808080ULL;

// ---- control-byte groups (SwissTable's portable SWAR form) ----

uint64_t load_group(const uint8_t* ctrl) {
  uint64_t g;
  std::memcpy(&g, ctrl, 8);
  return g;  // little-endian: slot i of the group is byte i
}
// match() has a bit 7 set in each byte equal to h2 (rare false positives,
// which the full-hash check below filters).
uint64_t match(uint64_t g, uint8_t h2) {
  const uint64_t x = g ^ (kLsbs * h2);
  return (x - kLsbs) & ~x & kMsbs;
}
uint64_t match_empty(uint64_t g) { return g & ~(g << 6) & kMsbs; }
uint64_t match_empty_or_deleted(uint64_t g) { return g & ~(g << 7) & kMsbs; }
uint32_t first_slot(uint64_t bits) { return static_cast<uint32_t>(std::countr_zero(bits)) >> 3; }

using HashFn = uint64_t (*)(const RType* key, const void* p, uint64_t seed);
using EqualFn = bool (*)(const RType* key, const void* a, const void* b);

}  // namespace

// MapGroup is 8 index slots: control bytes, then the entry numbers of the full ones.
struct MapGroup {
  uint8_t ctrl[kGroup];
  uint32_t index[kGroup];
};
static_assert(sizeof(MapGroup) == 40);

struct MapTable {
  uint32_t slots;
  uint32_t capacity;
  uint32_t used;
  uint32_t iterators;  // unfinished iterations walking this table
  MapGroup* groups;    // [slots / 8]
  uint8_t* live;       // [capacity]
  char* entries;       // [capacity]: hash (8 bytes), key, value
};

struct Map {
  const RType* type;
  const RType* key;
  const RType* elem;
  MapTable* table;
  MapTable* spare;
  int64_t count;
  uint64_t seed;
  uint32_t clear_seq;
  uint32_t elem_off;    // in an entry; the key is at 8
  uint32_t entry_size;
  HashFn hash_key;
  EqualFn equal_keys;
  bool key_may_nan;     // key != key is possible (floats inside)
  bool key_has_iface;   // hashing may panic (interfaces inside)
  std::atomic<uint8_t> writing;
};

namespace {

// ---- keys ----

template <class T>
T read(const void* p) {
  T v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

uint64_t hash_mem8(const RType*, const void* p, uint64_t seed) { return hashing::word(read<uint64_t>(p), seed); }
bool equal_mem8(const RType*, const void* a, const void* b) { return read<uint64_t>(a) == read<uint64_t>(b); }
uint64_t hash_mem4(const RType*, const void* p, uint64_t seed) { return hashing::word(read<uint32_t>(p), seed); }
bool equal_mem4(const RType*, const void* a, const void* b) { return read<uint32_t>(a) == read<uint32_t>(b); }
uint64_t hash_mem(const RType* t, const void* p, uint64_t seed) { return hashing::bytes(p, t->size, seed); }
// A zero-size key may be a null pointer, which memcmp and memcpy must not
// get even for no bytes (UBSan: null pointer passed as nonnull argument).
bool equal_mem(const RType* t, const void* a, const void* b) {
  return t->size == 0 || std::memcmp(a, b, t->size) == 0;
}
uint64_t hash_string(const RType*, const void* p, uint64_t seed) {
  const String s = load_string(p);
  return hashing::bytes(s.data, size_t(s.len), seed);
}
bool equal_string(const RType*, const void* a, const void* b) {
  const String x = load_string(a);
  const String y = load_string(b);
  return x.len == y.len && (x.data == y.data || x.len == 0 || std::memcmp(x.data, y.data, size_t(x.len)) == 0);
}

// mem_comparable() tells whether == on t is bytewise equality of its
// memory: no floats, strings or interfaces, no padding, no blank fields.
bool mem_comparable(const RType* t) {
  switch (t->kind) {
    case RKind::Bool: case RKind::Int: case RKind::Int8: case RKind::Int16: case RKind::Int32: case RKind::Int64:
    case RKind::Uint: case RKind::Uint8: case RKind::Uint16: case RKind::Uint32: case RKind::Uint64:
    case RKind::Uintptr: case RKind::Pointer: case RKind::Chan:
      return true;
    case RKind::Array: return mem_comparable(t->elem);
    case RKind::Struct: {
      uint32_t end = 0;
      for (const RField& f : t->fields) {
        if (f.name == "_" || f.offset != end || !mem_comparable(f.type)) return false;
        end = f.offset + f.type->size;
      }
      return end == t->size;
    }
    default: return false;
  }
}

// contains() tells whether t holds a value of a kind in mask (interfaces
// count as holding anything).
bool contains_kind(const RType* t, bool (*pred)(RKind)) {
  if (pred(t->kind)) return true;
  switch (t->kind) {
    case RKind::Array: return contains_kind(t->elem, pred);
    case RKind::Struct:
      for (const RField& f : t->fields) {
        if (f.name != "_" && contains_kind(f.type, pred)) return true;
      }
      return false;
    default: return false;
  }
}
bool may_be_nan(RKind k) {
  return k == RKind::Float32 || k == RKind::Float64 || k == RKind::Complex64 || k == RKind::Complex128 ||
         k == RKind::Interface;
}
bool is_iface(RKind k) { return k == RKind::Interface; }

void choose_key_ops(Map* m) {
  const RType* k = m->key;
  if (k->kind == RKind::String) {
    m->hash_key = hash_string;
    m->equal_keys = equal_string;
  } else if (mem_comparable(k) && k->size == 8) {
    m->hash_key = hash_mem8;
    m->equal_keys = equal_mem8;
  } else if (mem_comparable(k) && k->size == 4) {
    m->hash_key = hash_mem4;
    m->equal_keys = equal_mem4;
  } else if (mem_comparable(k)) {
    m->hash_key = hash_mem;
    m->equal_keys = equal_mem;
  } else {
    m->hash_key = hash;
    m->equal_keys = equal;
  }
}

// next_seed() gives each map its own hash seed. A counter, not a random
// draw: seeds then repeat from run to run (iteration order does not depend
// on them anyway) and drawing does not disturb the program's math/rand.
uint64_t next_seed() {
  static std::atomic<uint64_t> counter{0x243F6A8885A308D3ULL};
  return hashing::mix(counter.fetch_add(0x9E3779B97F4A7C15ULL, std::memory_order_relaxed), hashing::kP2);
}

// ---- tables ----

uint32_t round_up(uint32_t n, uint32_t a) { return (n + a - 1) / a * a; }

char* entry_at(const Map* m, const MapTable* t, uint32_t e) { return t->entries + size_t(e) * m->entry_size; }
uint64_t entry_hash(const char* ent) { return read<uint64_t>(ent); }
uint32_t entry_of(const MapTable* t, int64_t slot) { return t->groups[slot / kGroup].index[slot % kGroup]; }

// slots_for() is the smallest table holding n entries.
uint32_t slots_for(uint64_t n) {
  uint64_t slots = kGroup;
  while (slots * 7 / 8 < n) {
    slots *= 2;
    if (slots > (uint64_t(1) << 31)) throw OutOfMemory();
  }
  return static_cast<uint32_t>(slots);
}

void reset_ctrl(MapTable* t) {
  for (uint32_t g = 0; g < t->slots / kGroup; ++g) std::memset(t->groups[g].ctrl, kEmpty, kGroup);
}

void reset_table(MapTable* t) {
  reset_ctrl(t);
  std::memset(t->live, 0, t->capacity);
  t->used = 0;
}

MapTable* new_table(const Map* m, uint32_t slots) {
  const uint32_t capacity = slots / 8 * 7;
  const size_t groups_off = round_up(sizeof(MapTable), 8);
  const size_t live_off = groups_off + size_t(slots / kGroup) * sizeof(MapGroup);
  const size_t entries_off = (live_off + capacity + 15) & ~size_t(15);
  char* mem = static_cast<char*>(heap_alloc(entries_off + size_t(capacity) * m->entry_size));
  auto* t = new (mem) MapTable{slots, capacity, 0, 0, reinterpret_cast<MapGroup*>(mem + groups_off),
                               reinterpret_cast<uint8_t*>(mem + live_off), mem + entries_off};
  reset_ctrl(t);  // heap memory is zero: live[] and entries are ready
  return t;
}

// find_slot() is the index slot of the entry with key (hash h) in t, or -1.
int64_t find_slot(const Map* m, const MapTable* t, const void* key, uint64_t h) {
  const uint8_t h2 = h & 0x7F;
  const uint32_t group_mask = t->slots / kGroup - 1;
  uint32_t g = static_cast<uint32_t>(h >> 7) & group_mask;
  for (uint32_t step = 1;; ++step) {
    const MapGroup& group = t->groups[g];
    const uint64_t ctrl = load_group(group.ctrl);
    for (uint64_t bits = match(ctrl, h2); bits != 0; bits &= bits - 1) {
      const uint32_t i = first_slot(bits);
      const char* ent = entry_at(m, t, group.index[i]);
      if (entry_hash(ent) == h && m->equal_keys(m->key, key, ent + 8)) return int64_t(g) * kGroup + i;
    }
    if (match_empty(ctrl) != 0) return -1;
    g = (g + step) & group_mask;  // triangular: visits every group
  }
}

// place() puts entry e (hash h) into t's index at the first free slot.
void place(MapTable* t, uint32_t e, uint64_t h) {
  const uint32_t group_mask = t->slots / kGroup - 1;
  uint32_t g = static_cast<uint32_t>(h >> 7) & group_mask;
  for (uint32_t step = 1;; ++step) {
    MapGroup& group = t->groups[g];
    const uint64_t free = match_empty_or_deleted(load_group(group.ctrl));
    if (free != 0) {
      const uint32_t i = first_slot(free);
      group.ctrl[i] = h & 0x7F;
      group.index[i] = e;
      return;
    }
    g = (g + step) & group_mask;
  }
}

// rebuild() moves the live entries into a fresh table with room for one
// more, in entry order (which keeps iteration orders a function of the
// map's history): the same size when deletions left enough holes, else
// twice the size. Iterations of the old table carry on over it (map_iter_next).
void rebuild(Map* m) {
  MapTable* old = m->table;
  const uint64_t need = uint64_t(m->count) + 1;
  uint32_t slots = slots_for(need);
  if (old != nullptr && need > old->capacity / 2) slots = slots_for(uint64_t(old->capacity) + 1);
  if (old != nullptr && slots < old->slots && need > old->capacity / 4) slots = old->slots;  // no shrink-regrow churn
  MapTable* t;
  if (m->spare != nullptr && m->spare->slots == slots) {
    t = m->spare;
    m->spare = nullptr;
    reset_table(t);
  } else {
    t = new_table(m, slots);
  }
  if (old != nullptr) {
    for (uint32_t e = 0; e < old->used; ++e) {
      if (!old->live[e]) continue;
      const char* from = entry_at(m, old, e);
      const uint32_t to = t->used++;
      std::memcpy(entry_at(m, t, to), from, m->entry_size);
      t->live[to] = 1;
      place(t, to, entry_hash(from));
    }
    if (old->iterators == 0 && old->slots == slots) m->spare = old;
  }
  m->table = t;
}

// WriteGuard marks a write in progress for the concurrent-write check, and
// unmarks it however the write ends (a panic in equal(), out of memory).
struct WriteGuard {
  Map* m;
  explicit WriteGuard(Map* map) : m(map) {
    if (m->writing.load(std::memory_order_relaxed) != 0) throw FatalError{"concurrent map writes"};
    m->writing.store(1, std::memory_order_relaxed);
  }
  ~WriteGuard() { m->writing.store(0, std::memory_order_relaxed); }
  WriteGuard(const WriteGuard&) = delete;
  WriteGuard& operator=(const WriteGuard&) = delete;
};

void check_reading(const Map* m, const char* what) {
  if (m->writing.load(std::memory_order_relaxed) != 0) throw FatalError{what};
}

}  // namespace

// ---- operations ----

Map* map_make(const RType* map_type, int64_t hint) {
  assert(map_type->kind == RKind::Map && map_type->key && map_type->elem && "map_make: not a map type");
  auto* m = new (heap_alloc(sizeof(Map))) Map{};
  m->type = map_type;
  m->key = map_type->key;
  m->elem = map_type->elem;
  const uint32_t elem_align = m->elem->align < 1 ? 1 : m->elem->align;
  m->elem_off = round_up(8 + m->key->size, elem_align);
  m->entry_size = round_up(m->elem_off + m->elem->size, 8);
  m->seed = next_seed();
  m->key_may_nan = contains_kind(m->key, may_be_nan);
  m->key_has_iface = contains_kind(m->key, is_iface);
  choose_key_ops(m);
  // Like Go's makemap, a hint too large to honour is ignored, not an error.
  if (hint > 0 && hint <= (int64_t(1) << 30)) m->table = new_table(m, slots_for(uint64_t(hint)));
  return m;
}

int64_t map_len(const Map* m) { return m == nullptr ? 0 : m->count; }

void map_check_key(const RType* map_type, const void* key) {
  if (contains_kind(map_type->key, is_iface)) (void)hash(map_type->key, key, 0);
}

void* map_access(Map* m, const void* key) {
  if (m == nullptr) return nullptr;
  check_reading(m, "concurrent map read and map write");
  if (m->count == 0) {
    if (m->key_has_iface) (void)m->hash_key(m->key, key, m->seed);  // Go panics on unhashable keys even here
    return nullptr;
  }
  const MapTable* t = m->table;
  const int64_t s = find_slot(m, t, key, m->hash_key(m->key, key, m->seed));
  return s < 0 ? nullptr : entry_at(m, t, entry_of(t, s)) + m->elem_off;
}

void* map_assign(Map* m, const void* key) {
  if (m == nullptr) panic_plain_error("assignment to entry in nil map");
  const uint64_t h = m->hash_key(m->key, key, m->seed);  // before the guard: it may panic
  WriteGuard guard(m);
  if (m->table != nullptr && m->count > 0) {
    const int64_t s = find_slot(m, m->table, key, h);
    if (s >= 0) return entry_at(m, m->table, entry_of(m->table, s)) + m->elem_off;
  }
  if (m->table == nullptr || m->table->used == m->table->capacity) rebuild(m);
  MapTable* t = m->table;
  const uint32_t e = t->used++;
  char* ent = entry_at(m, t, e);
  std::memcpy(ent, &h, 8);
  if (m->key->size != 0) std::memcpy(ent + 8, key, m->key->size);  // key may be null then (equal_mem)
  std::memset(ent + m->elem_off, 0, m->elem->size);  // a reused table may hold an old value here
  t->live[e] = 1;
  place(t, e, h);
  ++m->count;
  return ent + m->elem_off;
}

void map_delete(Map* m, const void* key) {
  if (m == nullptr) return;
  const uint64_t h = m->hash_key(m->key, key, m->seed);
  WriteGuard guard(m);
  if (m->count == 0) return;
  MapTable* t = m->table;
  const int64_t s = find_slot(m, t, key, h);
  if (s < 0) return;
  t->live[entry_of(t, s)] = 0;
  // A group that still has an empty slot was never full, so no probe
  // sequence goes past it: the slot can be empty again, not a tombstone.
  MapGroup& group = t->groups[s / kGroup];
  group.ctrl[s % kGroup] = match_empty(load_group(group.ctrl)) != 0 ? kEmpty : kDeleted;
  --m->count;
}

void map_clear(Map* m) {
  if (m == nullptr) return;
  WriteGuard guard(m);
  ++m->clear_seq;  // ends iterations in progress (they may skip what comes next)
  if (m->table != nullptr && m->table->used > 0) reset_table(m->table);
  m->count = 0;
}

// ---- iteration ----

namespace {

// position() is the entry number visited at step i: blocks of 8 entries in
// the order block * mul + add, entries within a block rotated and flipped.
uint32_t position(const MapIter& it, uint64_t i) {
  const uint32_t block_mask = it.table->slots / kGroup - 1;
  const uint32_t block = (static_cast<uint32_t>(i / kGroup) * it.block_mul + it.block_add) & block_mask;
  const uint32_t within = ((static_cast<uint32_t>(i) + it.rotate) & (kGroup - 1)) ^ it.flip;
  return block * kGroup + within;
}

bool finish(MapIter& it) {
  if (it.active) --it.table->iterators;
  it.active = false;
  return false;
}

}  // namespace

void map_iter_init(MapIter& it, Map* m, uint64_t seed) {
  it = MapIter{};
  it.map = m;
  if (m == nullptr || m->table == nullptr || m->count == 0) return;
  it.table = m->table;
  ++it.table->iterators;
  it.active = true;
  it.clear_seq = m->clear_seq;
  const uint64_t r = hashing::mix(seed ^ hashing::kP0, hashing::kP3);
  it.block_mul = static_cast<uint32_t>(r) | 1;
  it.block_add = static_cast<uint32_t>(r >> 32);
  it.rotate = static_cast<uint8_t>((r >> 24) & 7);
  it.flip = static_cast<uint8_t>((r >> 56) & 7);
}

bool map_iter_next(MapIter& it, void** key, void** elem) {
  if (!it.active) return false;
  Map* m = it.map;
  check_reading(m, "concurrent map iteration and map write");
  if (m->clear_seq != it.clear_seq) return finish(it);
  MapTable* t = it.table;
  while (it.pos < t->slots) {
    const uint32_t e = position(it, it.pos++);
    if (e >= t->used || !t->live[e]) continue;
    char* ent = entry_at(m, t, e);
    if (t != m->table) {
      // The map was rebuilt since the iteration began. t is frozen: walk it
      // for the order, but report each key as the map holds it now, and
      // skip keys deleted since. A NaN key cannot be looked up (nor deleted
      // nor updated), so t's copy of it is current.
      if (!m->key_may_nan || m->equal_keys(m->key, ent + 8, ent + 8)) {
        const int64_t s = find_slot(m, m->table, ent + 8, entry_hash(ent));
        if (s < 0) continue;
        ent = entry_at(m, m->table, entry_of(m->table, s));
      }
    }
    *key = ent + 8;
    *elem = ent + m->elem_off;
    return true;
  }
  return finish(it);
}

void map_iter_stop(MapIter& it) { finish(it); }

}  // namespace goro::lang::vm

// Go maps for the VM: hash tables of keys and values in memory layout
// (value.hpp), keyed by rtype.cpp's hash() and equal(), with Go's semantics
// for nil maps, NaN keys and iteration while the map changes.
//
// A map value in a register or in memory is a Map* (nullptr = nil map).
// Maps live on the interpreter heap (heap_alloc) and are never freed one by
// one. Like Go's, a map is not safe for concurrent use; like Go's runtime,
// these functions notice a write overlapping another access on most
// occasions and stop with "fatal error: concurrent map writes" (FatalError).
#pragma once

#include <cstdint>

#include "rtype.hpp"

namespace goro::lang::vm {

struct Map;
struct MapTable;

// map_make() is make(map[K]V, hint): an empty map of type map_type (kind
// Map, with key and elem) with room for about hint entries (hint <= 0: the
// smallest table, made on the first insert).
Map* map_make(const RType* map_type, int64_t hint);

// map_len() is len(m); 0 for a nil map.
int64_t map_len(const Map* m);

// map_access() is the lookup of m[key] (key in memory layout): a pointer to
// the entry's value, or nullptr when the key is absent or m is nil. The
// pointer is valid until the next operation on m. Panics with Go's runtime
// error when an interface key holds an unhashable type (not for a nil map:
// the map does not know its key type; the VM may call map_check_key).
void* map_access(Map* m, const void* key);

// map_assign() is the address of m[key] for an assignment: inserts key with
// a zero value if absent. The pointer is valid until the next operation on
// m. A nil m panics "assignment to entry in nil map" (Go's plainError).
void* map_assign(Map* m, const void* key);

// map_delete() is delete(m, key); a no-op when the key is absent or m is nil.
void map_delete(Map* m, const void* key);

// map_clear() is Go 1.21's clear(m): removes every entry, NaN keys included,
// keeping the table's capacity. A no-op on a nil map.
void map_clear(Map* m);

// map_check_key() panics as Go does for a lookup or delete with a key
// holding an unhashable dynamic type; the operations above do it themselves
// for non-nil maps.
void map_check_key(const RType* map_type, const void* key);

// MapIter is a range loop's position in one map. Go's semantics: the order
// is a pseudo-random permutation drawn from the seed (the same seed, and the
// same history of inserts and deletes, give the same order); an entry
// deleted before it is reached is not produced; an entry inserted during
// the loop may or may not be; no entry is produced twice; the values
// produced are the current ones even after the map has grown.
struct MapIter {
  Map* map = nullptr;
  MapTable* table = nullptr;   // the table the iteration walks (see map.cpp)
  uint64_t pos = 0;            // positions of table visited so far
  uint32_t block_mul = 1;      // odd: block order is block * mul + add
  uint32_t block_add = 0;
  uint8_t rotate = 0;          // order within a block: ((i + rotate) & 7) ^ flip
  uint8_t flip = 0;
  bool active = false;         // table's iterator count includes this one
  uint32_t clear_seq = 0;
};

// map_iter_init() starts iterating m (nil allowed) in the order drawn from seed.
void map_iter_init(MapIter& it, Map* m, uint64_t seed);

// map_iter_next() moves to the next entry: true with *key and *elem
// pointing at its key and value in memory layout (valid until the next
// operation on the map), or false when the iteration is over.
bool map_iter_next(MapIter& it, void** key, void** elem);

// map_iter_stop() ends an iteration early (break, return, a panic leaving
// the loop). Optional: it lets the map reuse the memory of a table that
// otherwise stays pinned by the unfinished iteration.
void map_iter_stop(MapIter& it);

}  // namespace goro::lang::vm

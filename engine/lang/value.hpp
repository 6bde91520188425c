// Values at run time: registers (Slot) and Go's memory layout.
//
// Two representations, one per place a value can be:
//   - in memory (heap objects, slice and array elements, map entries,
//     struct fields behind a pointer, globals) a value has Go's own layout
//     on a 64-bit machine: int8 takes 1 byte, int32 4, int/pointer 8,
//     string 16 (data, len), slice 24 (data, len, cap), interface 16
//     (type, data), structs with Go's alignment and padding. Pointers are
//     stored in 8 bytes even on wasm32, so layouts (and unsafe-free
//     programs' observable sizes) are the same everywhere;
//   - in registers a value is flattened into its scalar leaves, one 8-byte
//     Slot each: a string is 2 slots, a slice 3, an interface 2, a struct
//     the concatenation of its fields' slots, an array len * elem slots.
// RType::leaves lists, for each register slot of a type, the leaf's kind and
// its byte offset in memory; loads and stores between the two forms walk it.
//
// Register invariants (what every opcode may assume and must keep):
//   - a signed integer of N bits is held sign-extended to 64 bits, an
//     unsigned one zero-extended, so comparisons work on the full slot;
//   - a float32 is held as a double already rounded to float32;
//   - a bool is 0 or 1; pointers, maps, chans and funcs are a pointer
//     (nullptr = nil); a string's data may be null when its len is 0;
//   - all 64 bits of a slot are meaningful (EQ compares .u): on wasm32 a
//     pointer is 32 bits, so write pointers with ptr_slot() / set_ptr(),
//     never through .p, which would leave the high half stale.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace goro::lang::vm {

union Slot {
  int64_t i;
  uint64_t u;
  double f;
  void* p;
  const void* cp;
};
static_assert(sizeof(Slot) == 8);

inline Slot ptr_slot(const void* p) {
  Slot s;
  s.u = uintptr_t(p);
  return s;
}
inline void set_ptr(Slot& s, const void* p) { s.u = uintptr_t(p); }

// Leaf is the kind of one scalar slot, which fixes how it is loaded from and
// stored to memory.
// Ptr is stored as 8 bytes like I64; it is its own kind so that tools (a
// future collector, fmt) know which words hold addresses. An interface's
// data word is I64: it may hold a direct value of any kind.
enum class Leaf : uint8_t { I8, U8, I16, U16, I32, U32, I64, F32, F64, Ptr };

inline constexpr uint32_t leaf_size(Leaf k) {
  switch (k) {
    case Leaf::I8: case Leaf::U8: return 1;
    case Leaf::I16: case Leaf::U16: return 2;
    case Leaf::I32: case Leaf::U32: case Leaf::F32: return 4;
    default: return 8;
  }
}

// load_leaf()/store_leaf() move one leaf between memory and a register,
// keeping the register invariants. Memory may be unaligned only where Go's
// layout would not be, which is never, so plain memcpy is exact and fast.
inline Slot load_leaf(Leaf k, const void* p) {
  Slot s{};  // initialized: GCC cannot see that the switch covers every Leaf
  switch (k) {
    case Leaf::I8: { int8_t v; std::memcpy(&v, p, 1); s.i = v; break; }
    case Leaf::U8: { uint8_t v; std::memcpy(&v, p, 1); s.u = v; break; }
    case Leaf::I16: { int16_t v; std::memcpy(&v, p, 2); s.i = v; break; }
    case Leaf::U16: { uint16_t v; std::memcpy(&v, p, 2); s.u = v; break; }
    case Leaf::I32: { int32_t v; std::memcpy(&v, p, 4); s.i = v; break; }
    case Leaf::U32: { uint32_t v; std::memcpy(&v, p, 4); s.u = v; break; }
    case Leaf::F32: { float v; std::memcpy(&v, p, 4); s.f = v; break; }
    case Leaf::I64: case Leaf::F64: std::memcpy(&s, p, 8); break;
    case Leaf::Ptr: std::memcpy(&s.u, p, 8); break;
  }
  return s;
}

inline void store_leaf(Leaf k, void* p, Slot s) {
  switch (k) {
    case Leaf::I8: case Leaf::U8: { uint8_t v = uint8_t(s.u); std::memcpy(p, &v, 1); break; }
    case Leaf::I16: case Leaf::U16: { uint16_t v = uint16_t(s.u); std::memcpy(p, &v, 2); break; }
    case Leaf::I32: case Leaf::U32: { uint32_t v = uint32_t(s.u); std::memcpy(p, &v, 4); break; }
    case Leaf::F32: { float v = float(s.f); std::memcpy(p, &v, 4); break; }
    case Leaf::I64: case Leaf::F64: std::memcpy(p, &s, 8); break;
    case Leaf::Ptr: std::memcpy(p, &s.u, 8); break;
  }
}

// String is a string's two leaves as they sit in registers or memory.
struct String {
  const char* data;
  int64_t len;
  std::string_view view() const { return {data, size_t(len)}; }
};

// SliceHeader is a slice's three leaves.
struct SliceHeader {
  void* data;
  int64_t len;
  int64_t cap;
};

struct RType;

// Iface is an interface's two leaves: the dynamic type (null for a nil
// interface) and a data word: when the type is direct (RType::direct: its
// values are one slot) the word is that slot, in register form; otherwise a
// pointer to an immutable heap copy of the value in memory layout.
struct Iface {
  const RType* type;
  void* data;
};

// load_string()/load_iface()/load_ptr() read a string, an interface or a
// pointer from memory layout. Use them rather than memcpy into String or
// Iface: those structs hold native pointers, which on wasm32 are 4 bytes
// while memory layout stores 8.
inline const void* load_ptr(const void* p) { return load_leaf(Leaf::Ptr, p).p; }
inline String load_string(const void* p) {
  return String{static_cast<const char*>(load_ptr(p)), load_leaf(Leaf::I64, static_cast<const char*>(p) + 8).i};
}
inline Iface load_iface(const void* p) {
  return Iface{static_cast<const RType*>(load_ptr(p)), const_cast<void*>(load_ptr(static_cast<const char*>(p) + 8))};
}
inline void store_string(void* p, String s) {
  Slot d{}, n{};
  d.cp = s.data;
  n.i = s.len;
  store_leaf(Leaf::Ptr, p, d);
  store_leaf(Leaf::I64, static_cast<char*>(p) + 8, n);
}

}  // namespace goro::lang::vm

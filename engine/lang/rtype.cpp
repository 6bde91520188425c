// RType's method lookup, the predeclared types, and Go's == and map hashing
// over values in memory layout (rtype.hpp).
//
// equal() and hash() must agree: values equal under equal() hash alike under
// any seed. That is why both skip blank fields, both read floats by value
// (+0 and -0 hash as 0) and both materialize a direct interface's data word
// in memory before comparing or hashing it.
#include "rtype.hpp"

#include <algorithm>
#include <atomic>
#include <cassert>
#include <cmath>
#include <string>

#include "gopanic.hpp"
#include "hash_mix.hpp"

namespace goro::lang::vm {

const RMethod* RType::find_method(std::string_view method) const {
  auto it = std::lower_bound(methods.begin(), methods.end(), method,
                             [](const RMethod& m, std::string_view n) { return m.name < n; });
  return it != methods.end() && it->name == method ? &*it : nullptr;
}

// ---- predeclared types ----

namespace {

RType make_basic(RKind k, const char* name, uint32_t size, std::initializer_list<Leaf> leaves) {
  RType t;
  t.kind = k;
  t.size = size;
  t.align = size > 8 ? 8 : (k == RKind::Complex64 ? 4 : size);
  t.slots = static_cast<uint32_t>(leaves.size());
  t.comparable = true;
  t.named = true;  // predeclared types are defined types, though pkg is empty
  t.name = name;
  t.leaves = leaves;
  t.direct = fits_data_word(t);
  uint32_t off = 0;
  for (Leaf l : leaves) {
    t.offsets.push_back(off);
    off += leaf_size(l);
  }
  return t;
}

const RType* basic_table() {
  static const RType table[] = {
      make_basic(RKind::Bool, "bool", 1, {Leaf::U8}),
      make_basic(RKind::Int, "int", 8, {Leaf::I64}),
      make_basic(RKind::Int8, "int8", 1, {Leaf::I8}),
      make_basic(RKind::Int16, "int16", 2, {Leaf::I16}),
      make_basic(RKind::Int32, "int32", 4, {Leaf::I32}),
      make_basic(RKind::Int64, "int64", 8, {Leaf::I64}),
      make_basic(RKind::Uint, "uint", 8, {Leaf::I64}),
      make_basic(RKind::Uint8, "uint8", 1, {Leaf::U8}),
      make_basic(RKind::Uint16, "uint16", 2, {Leaf::U16}),
      make_basic(RKind::Uint32, "uint32", 4, {Leaf::U32}),
      make_basic(RKind::Uint64, "uint64", 8, {Leaf::I64}),
      make_basic(RKind::Uintptr, "uintptr", 8, {Leaf::I64}),
      make_basic(RKind::Float32, "float32", 4, {Leaf::F32}),
      make_basic(RKind::Float64, "float64", 8, {Leaf::F64}),
      make_basic(RKind::Complex64, "complex64", 8, {Leaf::F32, Leaf::F32}),
      make_basic(RKind::Complex128, "complex128", 16, {Leaf::F64, Leaf::F64}),
      make_basic(RKind::String, "string", 16, {Leaf::Ptr, Leaf::I64}),
  };
  static_assert(static_cast<int>(RKind::String) == 16, "basic_table follows RKind's order");
  return table;
}

}  // namespace

const RType* basic_rtype(RKind k) {
  assert(k <= RKind::String && "basic_rtype: not a predeclared kind");
  return &basic_table()[static_cast<int>(k)];
}

// ---- equality ----

namespace {

template <class T>
T read(const void* p) {
  T v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

bool is_blank(const RField& f) { return f.name == "_"; }

// DirectValue holds a direct interface's data word in memory layout.
struct DirectValue {
  alignas(16) unsigned char mem[32];
  DirectValue(const RType* t, void* word) {
    assert(t->size <= sizeof mem && "a direct type is at most one slot and padding");
    std::memset(mem, 0, sizeof mem);
    Slot s{};
    s.p = word;
    store(t, mem, &s);
  }
};

bool iface_equal(const void* a, const void* b) {
  const Iface x = load_iface(a);
  const Iface y = load_iface(b);
  if (x.type != y.type) return false;
  if (x.type == nullptr) return true;
  if (!x.type->comparable) panic_runtime_error("comparing uncomparable type " + x.type->name);
  if (x.type->direct) {
    const DirectValue dx(x.type, x.data);
    const DirectValue dy(y.type, y.data);
    return equal(x.type, dx.mem, dy.mem);
  }
  return equal(x.type, x.data, y.data);
}

}  // namespace

bool equal(const RType* t, const void* a, const void* b) {
  switch (t->kind) {
    case RKind::Bool: case RKind::Int8: case RKind::Uint8: return read<uint8_t>(a) == read<uint8_t>(b);
    case RKind::Int16: case RKind::Uint16: return read<uint16_t>(a) == read<uint16_t>(b);
    case RKind::Int32: case RKind::Uint32: return read<uint32_t>(a) == read<uint32_t>(b);
    case RKind::Int: case RKind::Int64: case RKind::Uint: case RKind::Uint64: case RKind::Uintptr:
    case RKind::Pointer: case RKind::Chan:
      return read<uint64_t>(a) == read<uint64_t>(b);
    case RKind::Float32: return read<float>(a) == read<float>(b);
    case RKind::Float64: return read<double>(a) == read<double>(b);
    case RKind::Complex64: {
      const auto* x = static_cast<const char*>(a);
      const auto* y = static_cast<const char*>(b);
      return read<float>(x) == read<float>(y) && read<float>(x + 4) == read<float>(y + 4);
    }
    case RKind::Complex128: {
      const auto* x = static_cast<const char*>(a);
      const auto* y = static_cast<const char*>(b);
      return read<double>(x) == read<double>(y) && read<double>(x + 8) == read<double>(y + 8);
    }
    case RKind::String: {
      const String x = load_string(a);
      const String y = load_string(b);
      return x.len == y.len && (x.data == y.data || x.len == 0 || std::memcmp(x.data, y.data, size_t(x.len)) == 0);
    }
    case RKind::Interface: return iface_equal(a, b);
    case RKind::Struct:
      for (const RField& f : t->fields) {
        if (is_blank(f)) continue;  // the spec: non-blank fields are compared
        if (!equal(f.type, static_cast<const char*>(a) + f.offset, static_cast<const char*>(b) + f.offset)) {
          return false;
        }
      }
      return true;
    case RKind::Array:
      for (int64_t i = 0; i < t->len; ++i) {
        const size_t off = size_t(i) * t->elem->size;
        if (!equal(t->elem, static_cast<const char*>(a) + off, static_cast<const char*>(b) + off)) return false;
      }
      return true;
    case RKind::Slice: case RKind::Map: case RKind::Func: break;
  }
  panic_runtime_error("comparing uncomparable type " + t->name);
}

// ---- hashing ----

namespace {

// nan_hash() differs on every call, as Go's: a NaN key never equals another,
// and random hashes keep many of them from piling into one probe sequence.
uint64_t nan_hash(uint64_t seed) {
  static std::atomic<uint64_t> counter{0};
  return hashing::word(counter.fetch_add(0x9E3779B97F4A7C15ULL, std::memory_order_relaxed), seed);
}

uint64_t float_hash(double v, uint64_t seed) {
  if (v == 0) return hashing::word(0, seed);  // +0 and -0
  if (std::isnan(v)) return nan_hash(seed);
  return hashing::word(read<uint64_t>(&v), seed);
}

uint64_t iface_hash(const void* p, uint64_t seed) {
  const Iface x = load_iface(p);
  if (x.type == nullptr) return hashing::word(0, seed);
  if (!x.type->comparable) panic_runtime_error("hash of unhashable type " + x.type->name);
  if (x.type->direct) {
    const DirectValue dx(x.type, x.data);
    return hash(x.type, dx.mem, seed);
  }
  return hash(x.type, x.data, seed);
}

}  // namespace

uint64_t hash(const RType* t, const void* p, uint64_t seed) {
  switch (t->kind) {
    case RKind::Bool: case RKind::Int8: case RKind::Uint8: return hashing::word(read<uint8_t>(p), seed);
    case RKind::Int16: case RKind::Uint16: return hashing::word(read<uint16_t>(p), seed);
    case RKind::Int32: case RKind::Uint32: return hashing::word(read<uint32_t>(p), seed);
    case RKind::Int: case RKind::Int64: case RKind::Uint: case RKind::Uint64: case RKind::Uintptr:
    case RKind::Pointer: case RKind::Chan:
      return hashing::word(read<uint64_t>(p), seed);
    // Floats hash by value widened to double: float32 widening is exact, so
    // equal float32s hash alike.
    case RKind::Float32: return float_hash(read<float>(p), seed);
    case RKind::Float64: return float_hash(read<double>(p), seed);
    case RKind::Complex64:
      return float_hash(read<float>(static_cast<const char*>(p) + 4), float_hash(read<float>(p), seed));
    case RKind::Complex128:
      return float_hash(read<double>(static_cast<const char*>(p) + 8), float_hash(read<double>(p), seed));
    case RKind::String: {
      const String s = load_string(p);
      return hashing::bytes(s.data, size_t(s.len), seed);
    }
    case RKind::Interface: return iface_hash(p, seed);
    case RKind::Struct: {
      uint64_t h = hashing::word(t->fields.size(), seed);
      for (const RField& f : t->fields) {
        if (!is_blank(f)) h = hash(f.type, static_cast<const char*>(p) + f.offset, h);
      }
      return h;
    }
    case RKind::Array: {
      uint64_t h = hashing::word(uint64_t(t->len), seed);
      for (int64_t i = 0; i < t->len; ++i) h = hash(t->elem, static_cast<const char*>(p) + size_t(i) * t->elem->size, h);
      return h;
    }
    case RKind::Slice: case RKind::Map: case RKind::Func: break;
  }
  panic_runtime_error("hash of unhashable type " + t->name);
}

}  // namespace goro::lang::vm

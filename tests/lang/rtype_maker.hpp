// Test helper: RTypes made by hand, laid out as the compiler will lay them
// out (Go's sizes, alignment and padding on a 64-bit machine), values boxed
// into interfaces, and native methods, for the run-time library's tests
// (rtype_test, map_test, fmt_values_test).
#pragma once

#include <algorithm>
#include <cstring>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "heap.hpp"
#include "proto.hpp"
#include "rtype.hpp"
#include "value.hpp"

namespace goro::lang::vm::testing {

// FieldSpec is one struct field for TypeMaker::struct_.
struct FieldSpec {
  std::string_view name;
  const RType* type;
  bool embedded = false;
};

// TypeMaker owns the RTypes and Protos it makes.
class TypeMaker {
 public:
  const RType* int_ = basic_rtype(RKind::Int);
  const RType* string_ = basic_rtype(RKind::String);
  const RType* float64_ = basic_rtype(RKind::Float64);
  const RType* uint8_ = basic_rtype(RKind::Uint8);

  const RType* basic(RKind k) { return basic_rtype(k); }

  const RType* pointer(const RType* elem) {
    RType& t = scalar(RKind::Pointer, "*" + elem->name, Leaf::Ptr);
    t.elem = elem;
    t.comparable = true;
    return &t;
  }
  const RType* chan(const RType* elem) {
    RType& t = scalar(RKind::Chan, "chan " + elem->name, Leaf::Ptr);
    t.elem = elem;
    t.comparable = true;
    return &t;
  }
  const RType* func(std::string name) { return &scalar(RKind::Func, std::move(name), Leaf::Ptr); }
  const RType* map(const RType* key, const RType* elem) {
    RType& t = scalar(RKind::Map, "map[" + key->name + "]" + elem->name, Leaf::Ptr);
    t.key = key;
    t.elem = elem;
    return &t;
  }
  const RType* slice(const RType* elem) {
    RType& t = make(RKind::Slice, "[]" + elem->name);
    t.size = 24;
    t.align = 8;
    t.leaves = {Leaf::Ptr, Leaf::I64, Leaf::I64};
    t.offsets = {0, 8, 16};
    t.elem = elem;
    return finish(t);
  }
  const RType* array(const RType* elem, int64_t n) {
    RType& t = make(RKind::Array, "[" + std::to_string(n) + "]" + elem->name);
    t.size = uint32_t(elem->size * n);
    t.align = elem->align;
    t.len = n;
    t.elem = elem;
    t.comparable = elem->comparable;
    for (int64_t i = 0; i < n; ++i) append_leaves(t, elem, uint32_t(i) * elem->size);
    return finish(t);
  }
  // iface() is an interface type; reflect spells the empty one "interface {}".
  const RType* iface(std::string name = "interface {}", std::vector<std::string_view> imethods = {}) {
    RType& t = make(RKind::Interface, std::move(name));
    t.size = 16;
    t.align = 8;
    t.leaves = {Leaf::Ptr, Leaf::Ptr};
    t.offsets = {0, 8};
    t.comparable = true;
    t.imethods = std::move(imethods);
    return finish(t);
  }
  // struct_() lays fields out as Go does; name is "" for reflect's spelling
  // of an unnamed struct type ("struct { X int; Y string }").
  const RType* struct_(std::string name, std::vector<FieldSpec> fields) {
    std::string spelled = "struct {";
    for (size_t i = 0; i < fields.size(); ++i) {
      spelled += i == 0 ? " " : "; ";
      spelled += fields[i].embedded ? fields[i].type->name : std::string(fields[i].name) + " " + fields[i].type->name;
    }
    spelled += fields.empty() ? "}" : " }";
    RType& t = make(RKind::Struct, name.empty() ? spelled : name);
    t.comparable = true;
    uint32_t off = 0;
    for (const FieldSpec& f : fields) {
      off = (off + f.type->align - 1) / f.type->align * f.type->align;
      t.align = std::max(t.align, f.type->align);
      const bool exported = !f.name.empty() && f.name[0] >= 'A' && f.name[0] <= 'Z';
      t.fields.push_back(RField{f.name, f.type, off, t.slots, f.embedded, exported});
      append_leaves(t, f.type, off);
      t.comparable = t.comparable && f.type->comparable;
      off += f.type->size;
    }
    // A final zero-size field gets a byte so its address stays inside the value.
    if (!fields.empty() && fields.back().type->size == 0 && off > 0) ++off;
    t.size = (off + t.align - 1) / t.align * t.align;
    if (!name.empty()) {
      t.named = true;
      t.pkg = "main";
    }
    return finish(t);
  }
  // named() is `type name underlying` in package main, with methods.
  RType* named(std::string name, const RType* underlying, std::vector<RMethod> methods = {}) {
    RType& t = types_.emplace_back(*underlying);
    t.name = std::move(name);
    t.named = true;
    t.pkg = "main";
    t.methods = std::move(methods);
    return &t;
  }

  // method() makes a native method `name() string` (the fmt-style shape).
  RMethod string_method(std::string_view name, NativeFn fn) {
    Proto& p = protos_.emplace_back();
    p.name = std::string(name);
    p.nparams = 1;
    p.nresults = 2;
    p.frame_size = 2;
    p.native = fn;
    return RMethod{name, &p, string_sig()};
  }
  const RType* string_sig() {
    if (string_sig_ == nullptr) {
      RType& t = scalar(RKind::Func, "func() string", Leaf::Ptr);
      t.results = {string_};
      string_sig_ = &t;
    }
    return string_sig_;
  }

 private:
  std::deque<RType> types_;
  std::deque<Proto> protos_;
  const RType* string_sig_ = nullptr;

  RType& make(RKind k, std::string name) {
    RType& t = types_.emplace_back();
    t.kind = k;
    t.name = std::move(name);
    return t;
  }
  RType& scalar(RKind k, std::string name, Leaf leaf) {
    RType& t = make(k, std::move(name));
    t.size = leaf_size(leaf);
    t.align = t.size;
    t.leaves = {leaf};
    t.offsets = {0};
    finish(t);
    return t;
  }
  static void append_leaves(RType& t, const RType* part, uint32_t base) {
    for (uint32_t i = 0; i < part->slots; ++i) {
      t.leaves.push_back(part->leaves[i]);
      t.offsets.push_back(base + part->offsets[i]);
    }
    t.slots += part->slots;
  }
  static RType* finish(RType& t) {
    t.slots = uint32_t(t.leaves.size());
    t.direct = t.slots == 1;
    return &t;
  }
};

// ---- values ----

// go_string() copies s onto the heap as a Go string.
inline String go_string(std::string_view s) {
  char* data = static_cast<char*>(heap_alloc(s.size()));
  if (!s.empty()) std::memcpy(data, s.data(), s.size());
  return String{data, int64_t(s.size())};
}

// box() is the interface value holding t's value at mem (memory layout):
// a direct type's one slot, or a heap copy.
inline Iface box(const RType* t, const void* mem) {
  if (t->direct) {
    Slot s{};
    load(t, mem, &s);
    return Iface{t, s.p};
  }
  void* copy = heap_alloc(t->size);
  if (t->size > 0) std::memcpy(copy, mem, t->size);
  return Iface{t, copy};
}

inline Iface box_int(int64_t v) {
  Slot s{};
  s.i = v;
  return Iface{basic_rtype(RKind::Int), s.p};
}
inline Iface box_float(const RType* t, double v) {
  Slot s{};
  s.f = t->kind == RKind::Float32 ? double(float(v)) : v;
  return Iface{t, s.p};
}
inline Iface box_string(std::string_view v, const RType* t = basic_rtype(RKind::String)) {
  String s = go_string(v);
  return box(t, &s);
}
inline Iface box_word(const RType* t, uint64_t word) {
  Slot s{};
  s.u = word;
  return Iface{t, s.p};
}

// return_string() writes a native string method's result.
inline void return_string(Slot* regs, std::string_view s) {
  const String r = go_string(s);
  regs[0].cp = r.data;
  regs[1].i = r.len;
}

// GoSlice is a slice header in memory layout (64-bit hosts).
struct GoSlice {
  const void* data;
  int64_t len;
  int64_t cap;
};

template <class T>
GoSlice go_slice(std::vector<T> elems) {
  T* data = static_cast<T*>(heap_alloc(sizeof(T) * elems.size()));
  if (!elems.empty()) std::memcpy(static_cast<void*>(data), elems.data(), sizeof(T) * elems.size());
  return GoSlice{data, int64_t(elems.size()), int64_t(elems.size())};
}

// dummy_thread() is a Thread reference for natives that never touch it.
inline Thread& dummy_thread() {
  alignas(64) static unsigned char storage[64];
  return *reinterpret_cast<Thread*>(storage);
}

}  // namespace goro::lang::vm::testing

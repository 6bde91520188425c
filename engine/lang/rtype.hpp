// RType: a type at run time (Go's runtime._type), made by the compiler from
// the checker's types, one per distinct type (identical types share one, so
// type assertions and interface comparisons compare pointers).
//
// It carries what the VM and the natives need without the checker: sizes
// and layouts (value.hpp), the leaves of a value's register form, struct
// fields, the method tables interface calls and fmt's Stringer lookup use,
// and the name %T and panics print.
//
// Invariants: immutable once the compiler has finished the program; lives
// as long as the Program; for every RType, leaves.size() == slots and
// offsets.size() == slots (offsets ascending within each field).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "token.hpp"
#include "value.hpp"

namespace goro::lang::vm {

struct Proto;  // a compiled function (vm.hpp)

enum class RKind : uint8_t {
  Bool, Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64, Uintptr,
  Float32, Float64, Complex64, Complex128, String,
  Pointer, Slice, Array, Map, Chan, Func, Interface, Struct,
};

struct RField {
  std::string_view name;
  const RType* type;
  uint32_t offset;  // bytes from the struct's start in memory
  uint32_t slot;    // index of its first slot in the struct's register form
  bool embedded;
  bool exported;    // fmt calls String()/Error() only on exported fields (CanInterface)
};

// RMethod is one entry of a method table. fn takes the receiver as an
// interface data word (one slot: the value itself for a direct type, else a
// pointer to it) followed by the method's parameters; the compiler makes
// wrappers where the declared method wants something else (a value
// receiver behind a pointer, a method promoted through embedded fields).
struct RMethod {
  std::string_view name;
  const Proto* fn;
  // type is the method's signature without the receiver, a Func RType
  // (identical signatures share one), so that a dynamic check such as
  // fmt's "is it a Stringer" (String() string) or an assertion to an
  // interface type can compare signatures, not just names. Null when the
  // maker did not fill it in: fmt then checks the slot counts only.
  const RType* type = nullptr;
};

struct RType {
  RKind kind;
  uint32_t size = 0;    // bytes in memory
  uint32_t align = 1;
  uint32_t slots = 0;   // registers in register form
  bool comparable = false;  // == is defined (may still panic for interfaces holding uncomparable values)
  bool direct = false;      // an interface holds the value itself in its data word (fits_data_word)
  bool named = false;       // a defined type (main.Celsius, time.Duration)
  std::string name;         // as %T prints it: "int", "main.Point", "[]string", "*main.T", "map[string]int"
  std::string_view pkg;     // package of a named type: "main", "time"; "" otherwise
  std::vector<Leaf> leaves;        // per slot
  std::vector<uint32_t> offsets;   // per slot: byte offset of the leaf in memory
  const RType* elem = nullptr;     // Pointer, Slice, Array, Chan, Map (the value type)
  const RType* key = nullptr;      // Map
  int64_t len = 0;                 // Array
  ChanDir dir = ChanDir::Both;     // Chan
  std::vector<RField> fields;      // Struct
  std::vector<const RType*> params, results;  // Func
  bool variadic = false;                       // Func
  // The method set as interface entries, sorted by name: for a named T its
  // value-receiver methods, for *T all of T's methods, promoted ones
  // included. Empty for unnamed types without embedded methods.
  std::vector<RMethod> methods;
  // Interface: the method names of its complete method set, sorted.
  std::vector<std::string_view> imethods;
  // Interface: each of imethods' signatures (Func RTypes without receiver),
  // in the same order; empty where the maker gave names only.
  std::vector<const RType*> imethod_types;

  const RMethod* find_method(std::string_view name) const;
};

// fits_data_word() is whether an interface can hold a value of t in its
// data word rather than point to a copy: one slot, and no wider than a
// pointer (so on wasm32 an int, int64 or float64 is boxed like a struct,
// while pointers, maps, channels and functions stay direct everywhere).
inline bool fits_data_word(const RType& t) {
  return t.slots == 1 && (t.leaves[0] == Leaf::Ptr || t.size <= sizeof(void*));
}

// Type equality and hashing of values in memory layout, as Go's == and map
// keys define them: strings by content, floats by value (+0 == -0, NaN is
// unequal to itself), interfaces by dynamic type then value, structs and
// arrays element-wise. Both panic (runtime error) on an uncomparable
// dynamic type inside an interface: "comparing uncomparable type []int",
// "hash of unhashable type []int".
// Blank struct fields (_) take no part in either, as the spec says.
bool equal(const RType* t, const void* a, const void* b);
uint64_t hash(const RType* t, const void* p, uint64_t seed);

// basic_rtype() is the one RType of a predeclared type of kind k (Bool
// through String: bool, int, ..., complex128, string; byte and rune are
// uint8 and int32). The compiler must use these for the predeclared types,
// so that values made by natives (a panic's string, a runtime error's
// message) have the types Go code compares against.
const RType* basic_rtype(RKind k);

// load()/store() move a value between its memory layout at p and its
// register form at regs (t->slots slots).
inline void load(const RType* t, const void* p, Slot* regs) {
  for (uint32_t i = 0; i < t->slots; ++i) regs[i] = load_leaf(t->leaves[i], static_cast<const char*>(p) + t->offsets[i]);
}
inline void store(const RType* t, void* p, const Slot* regs) {
  for (uint32_t i = 0; i < t->slots; ++i) store_leaf(t->leaves[i], static_cast<char*>(p) + t->offsets[i], regs[i]);
}

}  // namespace goro::lang::vm

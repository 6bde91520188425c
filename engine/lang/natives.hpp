// Natives: the standard library's functions implemented in C++ — the
// bodiless declarations of the Go stubs (stdlib/*.go), found by the
// compiler by qualified name:
//
//   "fmt.Sprint"                      a function
//   "strings.(*Builder).WriteString"  a method with a pointer receiver
//   "time.Duration.String"            a method with a value receiver
//   "sync.runtime_Semacquire"         unexported helpers too
//   "math/rand.Intn"                  qualified by the import path, as Go's
//                                     symbol names are (the compiler also
//                                     tries the package name: "rand.Intn")
//
// Calling convention (proto.hpp NativeFn): the arguments in register form
// at regs[0..): the receiver first (a pointer receiver's one pointer slot,
// a value receiver's own slots), then each parameter (a variadic one as a
// slice: 3 slots); the results are written from regs[0] on. A generic
// function (slices, maps, cmp) gets one more slot after its arguments: the
// instantiated signature's RType (RKind::Func; params/results give S, E, K,
// V), so one native serves every instantiation.
//
// Each lib_<pkg>.cpp defines the table of its package (kNatives_<pkg>);
// natives.cpp lists the tables (explicitly: object files of a static
// library that nothing references would be dropped by the linker).
#pragma once

#include <span>
#include <string_view>

#include "proto.hpp"

namespace goro::lang::vm {

struct NativeDef {
  std::string_view name;
  NativeFn fn;
};

// find_native() is the native of that qualified name, or null.
NativeFn find_native(std::string_view name);

// all_natives() lists every native (for the coverage test: every bodiless
// stub function has one).
std::span<const NativeDef> all_natives();

// kNativeTypes: the standard-library types natives make values of, by the
// names %T prints (native::stub_type(), Program::type_named()). The compiler
// makes the run-time type of each one whose package the program imports
// (Program::types), not of every stub type: a program pays only for the
// types it uses. A native that makes a value of another stub type by name
// must add it here (natives_test.cpp checks the natives' sources).
inline constexpr std::string_view kNativeTypes[] = {
    "*errors.errorString", "*fmt.pp",         "*strconv.NumError",  "time.Time",
    "*time.Location",      "*time.ParseError", "*unicode.RangeTable",
};

}  // namespace goro::lang::vm

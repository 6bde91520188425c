// The natives' panics (gopanic.hpp): runtime errors and string panics as Go
// values, so recover() and the panic report see what Go's would.
//
// A runtime error is a value of one of two internal named string types with
// Error and RuntimeError methods (runtime.Error), as in Go's runtime:
//   runtime.errorString  Error() = "runtime error: " + the string
//   runtime.plainError   Error() = the string itself
// Go has more (boundsError, TypeAssertionError); %T of a recovered runtime
// error is the only place the difference shows. The VM's owner may refine
// these; the compiler must then map Go's runtime.Error interface onto them.
#include "gopanic.hpp"

#include <cstring>

#include "heap.hpp"
#include "proto.hpp"
#include "rtype.hpp"

namespace goro::lang::vm {

namespace {

// heap_string() copies s into the heap as a string's bytes.
String heap_string(std::string_view s) {
  char* data = static_cast<char*>(heap_alloc(s.size()));
  if (!s.empty()) std::memcpy(data, s.data(), s.size());
  return String{data, static_cast<int64_t>(s.size())};
}

// boxed_string() is an interface data word for a string value: a pointer
// to the string in memory layout (strings are not direct).
void* boxed_string(std::string_view s) {
  void* box = heap_alloc(16);
  store_string(box, heap_string(s));
  return box;
}

// errorString.Error: regs[0] points to the receiver string.
void error_string_error(Thread&, Slot* regs) {
  const String msg = load_string(regs[0].cp);
  constexpr std::string_view prefix = "runtime error: ";
  char* data = static_cast<char*>(heap_alloc(prefix.size() + size_t(msg.len)));
  std::memcpy(data, prefix.data(), prefix.size());
  if (msg.len > 0) std::memcpy(data + prefix.size(), msg.data, size_t(msg.len));
  regs[0].cp = data;
  regs[1].i = static_cast<int64_t>(prefix.size()) + msg.len;
}

// plainError.Error: the string itself.
void plain_error_error(Thread&, Slot* regs) {
  const String msg = load_string(regs[0].cp);
  regs[0].cp = msg.data;
  regs[1].i = msg.len;
}

void runtime_error_marker(Thread&, Slot*) {}

Proto native(const char* name, uint32_t nparams, uint32_t nresults, NativeFn fn) {
  Proto p;
  p.name = name;
  p.nparams = nparams;
  p.nresults = nresults;
  p.frame_size = nparams > nresults ? nparams : nresults;
  p.native = fn;
  return p;
}

RType func_type(const char* name, std::vector<const RType*> results) {
  RType t;
  t.kind = RKind::Func;
  t.size = t.align = 8;
  t.slots = 1;
  t.direct = true;
  t.name = name;
  t.leaves = {Leaf::Ptr};
  t.offsets = {0};
  t.results = std::move(results);
  return t;
}

RType error_type(const char* name, const Proto* error_fn, const Proto* marker, const RType* error_sig,
                 const RType* marker_sig) {
  RType t = *basic_rtype(RKind::String);
  t.named = true;
  t.name = name;
  t.pkg = "runtime";
  t.methods = {RMethod{"Error", error_fn, error_sig}, RMethod{"RuntimeError", marker, marker_sig}};
  return t;
}

struct RuntimeErrorTypes {
  Proto error_string_fn = native("runtime.errorString.Error", 1, 2, error_string_error);
  Proto plain_error_fn = native("runtime.plainError.Error", 1, 2, plain_error_error);
  Proto marker_fn = native("runtime.errorString.RuntimeError", 1, 0, runtime_error_marker);
  RType error_sig = func_type("func() string", {basic_rtype(RKind::String)});
  RType marker_sig = func_type("func()", {});
  RType error_string = error_type("runtime.errorString", &error_string_fn, &marker_fn, &error_sig, &marker_sig);
  RType plain_error = error_type("runtime.plainError", &plain_error_fn, &marker_fn, &error_sig, &marker_sig);
};

const RuntimeErrorTypes& types() {
  static const RuntimeErrorTypes t;
  return t;
}

}  // namespace

void panic_runtime_error(std::string_view msg) {
  throw GoPanic{Iface{&types().error_string, boxed_string(msg)}};
}

void panic_plain_error(std::string_view msg) {
  throw GoPanic{Iface{&types().plain_error, boxed_string(msg)}};
}

void panic_string(std::string_view msg) {
  throw GoPanic{Iface{basic_rtype(RKind::String), boxed_string(msg)}};
}

}  // namespace goro::lang::vm

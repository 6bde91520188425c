// Printing interpreter values (fmt_values.hpp): Go's fmt/print.go printArg,
// handleMethods, catchPanic, printValue and fmtPointer, and
// internal/fmtsort's key order, over values in memory layout. Kept in the
// order of the Go source so the two can be compared.
//
// A value is walked in memory layout: a top-level operand whose type is
// direct (its data word is the value in register form) is first stored
// into a small buffer. Methods get the receiver as an interface data word:
// the operand's own word at the top level, else the value loaded into one
// slot (direct types) or an immutable heap copy (as reflect's
// Value.Interface() copies).
#include "fmt_values.hpp"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <cstring>
#include <functional>

#include "gopanic.hpp"
#include "heap.hpp"
#include "map.hpp"
#include "native_support.hpp"
#include "proto.hpp"
#include "rtype.hpp"

namespace goro::lang::vm {

namespace {

using goro::Formatter;

// Value is a value being printed: its type, its memory, whether it was
// reached through an unexported field (reflect's flagRO: no methods), and
// its interface data word when one is at hand.
struct Value {
  const RType* type;
  const void* mem;
  bool ro = false;
  bool has_word = false;
  void* word = nullptr;
};

// Boxed holds a direct type's data word in memory layout.
struct Boxed {
  alignas(16) unsigned char mem[32];
  Boxed(const RType* t, void* word) {
    assert(t->size <= sizeof mem && "a direct type is one slot and padding");
    std::memset(mem, 0, sizeof mem);
    Slot s{};
    s.p = word;
    store(t, mem, &s);
  }
};

bool is_signed_kind(RKind k) { return k >= RKind::Int && k <= RKind::Int64; }
bool is_unsigned_kind(RKind k) { return k >= RKind::Uint && k <= RKind::Uintptr; }
bool is_predeclared(const RType* t) { return t->kind <= RKind::String && t->pkg.empty(); }

// is_byte_slice() is printArg's `case []byte`: exactly []byte, not a named slice.
bool is_byte_slice(const RType* t) {
  return t->kind == RKind::Slice && !t->named && t->elem->kind == RKind::Uint8 && is_predeclared(t->elem);
}

constexpr bool stringish_verb(char32_t verb) {
  return verb == 'v' || verb == 's' || verb == 'x' || verb == 'X' || verb == 'q';
}

// string_method() finds method `name` if its signature is `name() string`
// (error's Error, Stringer's String, GoStringer's GoString).
const RMethod* string_method(const RType* t, std::string_view name) {
  const RMethod* m = t->find_method(name);
  if (m == nullptr) return nullptr;
  if (m->type != nullptr) {
    const RType* sig = m->type;
    if (!sig->params.empty() || sig->variadic || sig->results.size() != 1) return nullptr;
    const RType* r = sig->results[0];
    return r->kind == RKind::String && r->pkg.empty() ? m : nullptr;
  }
  return m->fn->nparams == 1 && m->fn->nresults == 2 ? m : nullptr;  // no signature: the slot shape only
}

// format_method() finds Format if its signature is fmt.Formatter's
// Format(f fmt.State, verb rune).
const RMethod* format_method(const RType* t) {
  const RMethod* m = t->find_method("Format");
  if (m == nullptr || m->type == nullptr) return nullptr;
  const RType* sig = m->type;
  if (sig->params.size() != 2 || sig->variadic || !sig->results.empty()) return nullptr;
  const RType* state = sig->params[0];
  const RType* verb = sig->params[1];
  return state->kind == RKind::Interface && state->name == "fmt.State" && verb->kind == RKind::Int32 &&
                 is_predeclared(verb)
             ? m
             : nullptr;
}

// ---- internal/fmtsort ----

// type_order() ranks dynamic types as fmtsort does, by the address of their
// type descriptor, which Go's linker lays out by descriptor size, then
// symbol name. descriptor_size() is that size on amd64 (abi.Type is 48
// bytes); no program can depend on it, but matching it keeps mixed-type
// interface keys printing in Go's order.
uint64_t descriptor_size(const RType* t) {
  uint64_t size = 48;
  switch (t->kind) {
    case RKind::Pointer: case RKind::Slice: size += 8; break;
    case RKind::Chan: size += 16; break;
    case RKind::Array: size += 24; break;
    case RKind::Map: size += 40; break;
    case RKind::Func: size += 8 + 8 * (t->params.size() + t->results.size()); break;
    case RKind::Interface: size += 32 + 8 * t->imethods.size(); break;
    case RKind::Struct: size += 32 + 24 * t->fields.size(); break;
    default: break;
  }
  if (t->named || !t->methods.empty()) size += 16 + 16 * t->methods.size();
  return size;
}

int type_order(const RType* a, const RType* b) {
  if (a == b) return 0;
  const uint64_t sa = descriptor_size(a);
  const uint64_t sb = descriptor_size(b);
  if (sa != sb) return sa < sb ? -1 : 1;
  if (a->name != b->name) return a->name < b->name ? -1 : 1;
  return std::less<const RType*>{}(a, b) ? -1 : 1;
}

int float_compare(double a, double b) {
  if (std::isnan(a)) return -1;  // no good answer if b is NaN too
  if (std::isnan(b)) return 1;
  if (a < b) return -1;
  if (a > b) return 1;
  return 0;
}

template <class T>
int three_way(T a, T b) {
  return a < b ? -1 : (a > b ? 1 : 0);
}

int compare(const RType* t, const void* a, const void* b);

int compare_iface(const void* a, const void* b) {
  const Iface x = load_iface(a);
  const Iface y = load_iface(b);
  if (x.type == nullptr || y.type == nullptr) return x.type == y.type ? 0 : (x.type == nullptr ? -1 : 1);
  if (const int c = type_order(x.type, y.type); c != 0) return c;
  if (x.type->direct) {
    const Boxed bx(x.type, x.data);
    const Boxed by(y.type, y.data);
    return compare(x.type, bx.mem, by.mem);
  }
  return compare(x.type, x.data, y.data);
}

// compare() is fmtsort's compare: -1, 0 or 1.
int compare(const RType* t, const void* a, const void* b) {
  switch (t->kind) {
    case RKind::Bool: return three_way(load_leaf(Leaf::U8, a).u, load_leaf(Leaf::U8, b).u);
    case RKind::Float32: case RKind::Float64:
      return float_compare(load_leaf(t->leaves[0], a).f, load_leaf(t->leaves[0], b).f);
    case RKind::Complex64: case RKind::Complex128: {
      const auto* x = static_cast<const char*>(a);
      const auto* y = static_cast<const char*>(b);
      if (const int c = float_compare(load_leaf(t->leaves[0], x).f, load_leaf(t->leaves[0], y).f); c != 0) return c;
      return float_compare(load_leaf(t->leaves[1], x + t->offsets[1]).f, load_leaf(t->leaves[1], y + t->offsets[1]).f);
    }
    case RKind::String: return three_way(load_string(a).view(), load_string(b).view());
    case RKind::Pointer: case RKind::Chan:
      return three_way(reinterpret_cast<uintptr_t>(load_ptr(a)), reinterpret_cast<uintptr_t>(load_ptr(b)));
    case RKind::Struct:
      for (const RField& f : t->fields) {
        const int c = compare(f.type, static_cast<const char*>(a) + f.offset, static_cast<const char*>(b) + f.offset);
        if (c != 0) return c;
      }
      return 0;
    case RKind::Array:
      for (int64_t i = 0; i < t->len; ++i) {
        const size_t off = size_t(i) * t->elem->size;
        const int c = compare(t->elem, static_cast<const char*>(a) + off, static_cast<const char*>(b) + off);
        if (c != 0) return c;
      }
      return 0;
    case RKind::Interface: return compare_iface(a, b);
    default:
      if (is_signed_kind(t->kind)) return three_way(load_leaf(t->leaves[0], a).i, load_leaf(t->leaves[0], b).i);
      if (is_unsigned_kind(t->kind)) return three_way(load_leaf(t->leaves[0], a).u, load_leaf(t->leaves[0], b).u);
      return 0;  // maps, slices, funcs cannot be keys
  }
}

// ---- the printer ----

// kMaxDepth bounds the nesting print_value follows. A value that holds
// itself through an interface, slice or map reaches it (pointers below the
// top print as addresses): Go overflows its stack on those, and so do we,
// but on purpose, before the goroutine's 64 KiB C stack would (a level
// takes about 300 bytes of it). Go would print a finite structure nested
// deeper than this; none in practice is.
constexpr int kMaxDepth = 100;

class Printer {
 public:
  Printer(Formatter& f, FmtContext& ctx) : f_(f), ctx_(ctx) {}
  void print_arg(const Iface& arg, char32_t verb);

 private:
  Formatter& f_;
  FmtContext& ctx_;

  void print_operand(const Value& v, char32_t verb);
  bool handle_methods(const Value& v, char32_t verb);
  bool call_string_method(const Value& v, const RMethod& m, char32_t verb, std::string_view method,
                          std::string& out);
  bool call_format(const Value& v, const RMethod& m, char32_t verb);
  bool call_method(const Value& v, const RMethod& m, char32_t verb, std::string_view method, Slot* regs);
  void report_panic(const GoPanic& p, char32_t verb, std::string_view method);
  void print_value(const Value& v, char32_t verb, int depth);
  void print_iface(const Value& v, char32_t verb, int depth);
  void print_map(const Value& v, char32_t verb, int depth);
  void print_struct(const Value& v, char32_t verb, int depth);
  void print_list(const Value& v, char32_t verb, int depth);
  void fmt_pointer(const Value& v, char32_t verb);
  void bad_verb(const Value& v, char32_t verb);
};

// print_arg() is printArg: a nil operand, then the value in memory layout.
void Printer::print_arg(const Iface& arg, char32_t verb) {
  if (arg.type == nullptr) {
    f_.print_nil(verb);  // <nil> for %v and %T, else %!verb(<nil>)
    return;
  }
  if (arg.type->direct) {
    const Boxed box(arg.type, arg.data);
    print_operand(Value{arg.type, box.mem, false, true, arg.data}, verb);
  } else {
    print_operand(Value{arg.type, arg.data, false, true, arg.data}, verb);
  }
}

void Printer::print_operand(const Value& v, char32_t verb) {
  // %T (the value's type) and %p (its address) come first.
  if (verb == 'T') {
    f_.fmt_s(v.type->name);
    return;
  }
  if (verb == 'p') {
    fmt_pointer(v, 'p');
    return;
  }
  // printArg's type switch: the predeclared types and []byte are printed
  // without looking for methods (they have none; it shows only under %w).
  if (is_predeclared(v.type) || is_byte_slice(v.type) || !handle_methods(v, verb)) print_value(v, verb, 0);
}

// handle_methods() is handleMethods: Error, String (or GoString under %#v)
// for the string verbs, with %w's check. Reports whether it printed v.
bool Printer::handle_methods(const Value& v, char32_t verb) {
  if (f_.erroring) return false;
  if (verb == 'w') {
    // %w is valid only in Errorf and only with an error operand.
    if (!ctx_.wrap_errs || string_method(v.type, "Error") == nullptr) {
      bad_verb(v, verb);
      return true;
    }
    verb = 'v';
  }
  if (v.type->methods.empty()) return false;
  // Is it a Formatter?
  if (const RMethod* m = format_method(v.type)) return call_format(v, *m, verb);
  std::string s;
  if (f_.flags.sharp_v) {
    const RMethod* m = string_method(v.type, "GoString");
    if (m == nullptr) return false;
    if (call_string_method(v, *m, verb, "GoString", s)) f_.fmt_s(s);  // GoString's result unadorned
    return true;
  }
  if (!stringish_verb(verb)) return false;
  std::string_view name = "Error";
  const RMethod* m = string_method(v.type, name);
  if (m == nullptr) {
    name = "String";
    m = string_method(v.type, name);
  }
  if (m == nullptr) return false;
  if (call_string_method(v, *m, verb, name, s)) f_.print_string(s, verb);
  return true;
}

// call_string_method() calls m on v and stores its string result in out;
// if the method panics, writes what catchPanic writes and returns false.
bool Printer::call_string_method(const Value& v, const RMethod& m, char32_t verb, std::string_view method,
                                 std::string& out) {
  Slot regs[2] = {};
  if (!call_method(v, m, verb, method, regs)) return false;
  const String s{static_cast<const char*>(regs[0].cp), regs[1].i};
  out.assign(s.len > 0 ? s.view() : std::string_view());
  return true;
}

// call_format() calls v's Format method with a fmt.pp holding the current
// directive (fmt.go's stub type) and prints what Format wrote to it. Reports
// whether v was printed: without fmt's State type in the program it is not.
bool Printer::call_format(const Value& v, const RMethod& m, char32_t verb) {
  const Program* prog = ctx_.thread->prog;
  const RType* pt = prog != nullptr ? prog->type_named("*fmt.pp") : nullptr;
  if (pt == nullptr) return false;
  void* state = native::new_value(pt->elem);
  const auto set_int = [&](std::string_view name, int64_t x) {
    std::memcpy(native::field(pt->elem, state, name), &x, sizeof x);
  };
  const auto set_bool = [&](std::string_view name, bool b) {
    *static_cast<uint8_t*>(native::field(pt->elem, state, name)) = b ? 1 : 0;
  };
  set_int("wid", f_.width());
  set_int("prec", f_.precision());
  set_bool("widOK", f_.has_width());
  set_bool("precOK", f_.has_precision());
  set_bool("minus", f_.flag('-'));
  set_bool("plus", f_.flag('+'));
  set_bool("sharp", f_.flag('#'));
  set_bool("space", f_.flag(' '));
  set_bool("zero", f_.flag('0'));
  Slot regs[4] = {};
  regs[1].cp = pt;  // the State interface: (*fmt.pp, state)
  regs[2].p = state;
  regs[3].i = int64_t(verb);
  if (call_method(v, m, verb, "Format", regs)) {
    // buf is the state's first field: a []byte, loaded in register form
    const RField& buf = pt->elem->fields[0];
    Slot slice[3];
    load(buf.type, static_cast<const char*>(state) + buf.offset, slice);
    const auto* data = static_cast<const char*>(slice[0].cp);
    const int64_t len = slice[1].i;
    if (len > 0) f_.write(std::string_view(data, size_t(len)));
  }
  return true;
}

// call_method() calls m on v, the arguments after the receiver at regs[1..]
// (regs[0] is set to the receiver's word here), leaving its results at
// regs[0..]. If the method panics, writes what catchPanic writes and
// returns false.
bool Printer::call_method(const Value& v, const RMethod& m, char32_t verb, std::string_view method, Slot* args) {
  void* word = v.word;
  if (!v.has_word) {
    if (v.type->direct) {
      Slot s{};
      load(v.type, v.mem, &s);
      word = s.p;
    } else {
      word = heap_alloc(v.type->size);  // the method may keep its receiver: give it its own copy
      std::memcpy(word, v.mem, v.type->size);
    }
  }
  const uint32_t nregs = std::max({m.fn->frame_size, m.fn->nparams, m.fn->nresults, 2u});
  Slot small[8];
  std::vector<Slot> big;
  Slot* regs = small;
  if (nregs > 8) {
    big.resize(nregs);
    regs = big.data();
  }
  std::copy(args + 1, args + std::max(m.fn->nparams, 1u), regs + 1);
  regs[0].p = word;
  try {
    call(*ctx_.thread, m.fn, nullptr, regs);
  } catch (const GoPanic& p) {
    // catchPanic: a nil pointer receiver (a method that does not guard
    // against nil, or a value method called through nil) is <nil>.
    if (v.type->kind == RKind::Pointer && word == nullptr) {
      f_.write("<nil>");
      return false;
    }
    if (f_.panicking) throw;  // the report itself panicked: give up, as Go does
    report_panic(p, verb, method);
    return false;
  }
  std::copy(regs, regs + std::min<uint32_t>(m.fn->nresults, 2), args);
  return true;
}

// report_panic() writes "%!v(PANIC=String method: <the panic value, %v>)".
void Printer::report_panic(const GoPanic& p, char32_t verb, std::string_view method) {
  std::string message;
  Formatter g(message);
  g.panicking = true;
  Printer(g, ctx_).print_arg(p.value, 'v');
  f_.write_panic(verb, method, message);
}

void Printer::bad_verb(const Value& v, char32_t verb) {
  f_.bad_verb_begin(verb, v.type->name);
  print_value(v, 'v', 0);
  f_.bad_verb_end();
}

// print_value() is printValue: methods for nested values that may have
// them, then the kind's own format.
void Printer::print_value(const Value& v, char32_t verb, int depth) {
  if (depth > kMaxDepth) throw FatalError{"stack overflow"};
  const RType* t = v.type;
  // An interface's methods are its dynamic value's, handled in print_iface.
  if (depth > 0 && !v.ro && t->kind != RKind::Interface && handle_methods(v, verb)) return;
  bool ok = true;
  switch (t->kind) {
    case RKind::Bool: ok = f_.print_bool(load_leaf(Leaf::U8, v.mem).u != 0, verb); break;
    case RKind::Float32: ok = f_.print_float(load_leaf(Leaf::F32, v.mem).f, 32, verb); break;
    case RKind::Float64: ok = f_.print_float(load_leaf(Leaf::F64, v.mem).f, 64, verb); break;
    case RKind::Complex64:
      ok = f_.print_complex(load_leaf(Leaf::F32, v.mem).f,
                            load_leaf(Leaf::F32, static_cast<const char*>(v.mem) + 4).f, 64, verb);
      break;
    case RKind::Complex128:
      ok = f_.print_complex(load_leaf(Leaf::F64, v.mem).f,
                            load_leaf(Leaf::F64, static_cast<const char*>(v.mem) + 8).f, 128, verb);
      break;
    case RKind::String: ok = f_.print_string(load_string(v.mem).view(), verb); break;
    case RKind::Map: print_map(v, verb, depth); break;
    case RKind::Struct: print_struct(v, verb, depth); break;
    case RKind::Interface: print_iface(v, verb, depth); break;
    case RKind::Array: case RKind::Slice: print_list(v, verb, depth); break;
    case RKind::Pointer: {
      // A pointer to an array, slice, struct or map prints as &{...} at the
      // top level only, which also keeps cyclic structures from recursing.
      const void* p = load_ptr(v.mem);
      const RKind ek = t->elem->kind;
      if (depth == 0 && p != nullptr &&
          (ek == RKind::Array || ek == RKind::Slice || ek == RKind::Struct || ek == RKind::Map)) {
        f_.write('&');
        print_value(Value{t->elem, p, v.ro}, verb, depth + 1);
        return;
      }
      fmt_pointer(v, verb);
      break;
    }
    case RKind::Chan: case RKind::Func: fmt_pointer(v, verb); break;
    default: {
      const Slot s = load_leaf(t->leaves[0], v.mem);  // sign- or zero-extended
      ok = f_.print_integer(s.u, is_signed_kind(t->kind), verb);
      break;
    }
  }
  if (!ok) bad_verb(v, verb);
}

void Printer::print_iface(const Value& v, char32_t verb, int depth) {
  const Iface x = load_iface(v.mem);
  if (x.type == nullptr) {
    if (f_.flags.sharp_v) {
      f_.write(v.type->name);
      f_.write("(nil)");
    } else {
      f_.write("<nil>");
    }
    return;
  }
  if (x.type->direct) {
    const Boxed box(x.type, x.data);
    print_value(Value{x.type, box.mem, v.ro, true, x.data}, verb, depth + 1);
  } else {
    print_value(Value{x.type, x.data, v.ro, true, x.data}, verb, depth + 1);
  }
}

void Printer::print_map(const Value& v, char32_t verb, int depth) {
  Map* m = static_cast<Map*>(const_cast<void*>(load_ptr(v.mem)));
  const bool sharp_v = f_.flags.sharp_v;
  if (sharp_v) {
    f_.write(v.type->name);
    if (m == nullptr) {
      f_.write("(nil)");
      return;
    }
    f_.write('{');
  } else {
    f_.write("map[");
  }
  struct Entry {
    void* key;
    void* elem;
  };
  std::vector<Entry> entries;
  entries.reserve(size_t(map_len(m)));
  MapIter it;
  map_iter_init(it, m, 0);
  for (Entry e; map_iter_next(it, &e.key, &e.elem);) entries.push_back(e);
  const RType* kt = v.type->key;
  std::stable_sort(entries.begin(), entries.end(),
                   [kt](const Entry& a, const Entry& b) { return compare(kt, a.key, b.key) < 0; });
  for (size_t i = 0; i < entries.size(); ++i) {
    if (i > 0) f_.write(sharp_v ? ", " : " ");
    print_value(Value{kt, entries[i].key, v.ro}, verb, depth + 1);
    f_.write(':');
    print_value(Value{v.type->elem, entries[i].elem, v.ro}, verb, depth + 1);
  }
  f_.write(sharp_v ? '}' : ']');
}

void Printer::print_struct(const Value& v, char32_t verb, int depth) {
  const bool sharp_v = f_.flags.sharp_v;
  if (sharp_v) f_.write(v.type->name);
  f_.write('{');
  for (size_t i = 0; i < v.type->fields.size(); ++i) {
    const RField& field = v.type->fields[i];
    if (i > 0) f_.write(sharp_v ? ", " : " ");
    if ((f_.flags.plus_v || sharp_v) && !field.name.empty()) {
      f_.write(field.name);
      f_.write(':');
    }
    // A value reached through an unexported field never has its methods called.
    const Value fv{field.type, static_cast<const char*>(v.mem) + field.offset, v.ro || !field.exported};
    print_value(fv, verb, depth + 1);
  }
  f_.write('}');
}

void Printer::print_list(const Value& v, char32_t verb, int depth) {
  const RType* t = v.type;
  const char* data = static_cast<const char*>(v.mem);
  int64_t len = t->len;
  if (t->kind == RKind::Slice) {
    data = static_cast<const char*>(load_ptr(v.mem));
    len = load_leaf(Leaf::I64, static_cast<const char*>(v.mem) + 8).i;
  }
  // Byte slices and arrays are strings of bytes to %s %q %x %X.
  if ((verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') && t->elem->kind == RKind::Uint8) {
    f_.print_bytes(std::string_view(data, len > 0 ? size_t(len) : 0), verb);
    return;
  }
  const bool sharp_v = f_.flags.sharp_v;
  if (sharp_v) {
    // An operand of type []byte is written so, nested ones as reflect names them.
    f_.write(depth == 0 && is_byte_slice(t) ? std::string_view("[]byte") : std::string_view(t->name));
    if (t->kind == RKind::Slice && data == nullptr) {
      f_.write("(nil)");
      return;
    }
  }
  f_.write(sharp_v ? '{' : '[');
  for (int64_t i = 0; i < len; ++i) {
    if (i > 0) f_.write(sharp_v ? ", " : " ");
    print_value(Value{t->elem, data + size_t(i) * t->elem->size, v.ro}, verb, depth + 1);
  }
  f_.write(sharp_v ? '}' : ']');
}

// fmt_pointer() is fmtPointer: the address of a chan, func, map, pointer or
// slice under %v %p %b %o %d %x %X.
void Printer::fmt_pointer(const Value& v, char32_t verb) {
  uintptr_t u = 0;
  switch (v.type->kind) {
    case RKind::Chan: case RKind::Map: case RKind::Pointer: case RKind::Slice:
      u = reinterpret_cast<uintptr_t>(load_ptr(v.mem));
      break;
    case RKind::Func: {
      // Go prints a func's code pointer: every closure of one function alike.
      const auto* c = static_cast<const Closure*>(load_ptr(v.mem));
      u = c == nullptr ? 0 : reinterpret_cast<uintptr_t>(c->fn);
      break;
    }
    default: bad_verb(v, verb); return;
  }
  if (!f_.print_pointer(u, verb, v.type->name)) bad_verb(v, verb);
}

// ---- operands ----

void print_operand(Formatter& f, const void* p, char32_t verb) {
  const auto& op = *static_cast<const FmtOperand*>(p);
  if (verb == 'w') {
    // Go's doPrintf records every %w for Errorf and formats it as %v's
    // flags would be read (%+w, %#w); the runtime's parser does that for v only.
    op.ctx->wrapped.push_back(op.index);
    f.flags.sharp_v = f.flags.sharp;
    f.flags.sharp = false;
    f.flags.plus_v = f.flags.plus;
    f.flags.plus = false;
  }
  Printer(f, *op.ctx).print_arg(op.value, verb);
}

std::string operand_type_name(const void* p) {
  const auto& op = *static_cast<const FmtOperand*>(p);
  return op.value.type == nullptr ? std::string("<nil>") : op.value.type->name;
}

// operand_to_int() reads a * width or precision: any integer kind that fits an int.
bool operand_to_int(const void* p, int64_t& out) {
  const auto& op = *static_cast<const FmtOperand*>(p);
  if (op.value.type == nullptr) return false;
  Slot s{};
  s.p = op.value.data;  // integers are direct: the word is the value, extended
  if (is_signed_kind(op.value.type->kind)) {
    out = s.i;
    return true;
  }
  if (is_unsigned_kind(op.value.type->kind) && s.u <= uint64_t(INT64_MAX)) {
    out = s.i;
    return true;
  }
  return false;
}

// with_args() makes the Args of one call (on the stack for a few operands).
template <class Fn>
void with_args(FmtContext& ctx, const Iface* values, size_t n, Fn fn) {
  using goro::detail::fmt::Arg;
  constexpr size_t kSmall = 8;
  FmtOperand small_ops[kSmall];
  Arg small_args[kSmall];
  std::vector<FmtOperand> big_ops;
  std::vector<Arg> big_args;
  FmtOperand* ops = small_ops;
  Arg* args = small_args;
  if (n > kSmall) {
    big_ops.resize(n);
    big_args.resize(n);
    ops = big_ops.data();
    args = big_args.data();
  }
  for (size_t i = 0; i < n; ++i) {
    ops[i] = FmtOperand{values[i], &ctx, static_cast<int>(i)};
    args[i] = make_value_arg(ops[i]);
  }
  fn(args, n);
}

}  // namespace

goro::detail::fmt::Arg make_value_arg(const FmtOperand& op) {
  const RType* t = op.value.type;
  return goro::detail::fmt::Arg{&op,           print_operand, operand_type_name, operand_to_int,
                                t != nullptr && t->kind == RKind::String, t == nullptr};
}

void sprint(std::string& out, Thread& t, const Iface* args, size_t n) {
  FmtContext ctx{&t};
  with_args(ctx, args, n, [&](const goro::detail::fmt::Arg* a, size_t k) { goro::detail::fmt::do_print(out, a, k); });
}

void sprintln(std::string& out, Thread& t, const Iface* args, size_t n) {
  FmtContext ctx{&t};
  with_args(ctx, args, n,
            [&](const goro::detail::fmt::Arg* a, size_t k) { goro::detail::fmt::do_println(out, a, k); });
}

void sprintf(std::string& out, Thread& t, std::string_view format, const Iface* args, size_t n) {
  FmtContext ctx{&t};
  with_args(ctx, args, n,
            [&](const goro::detail::fmt::Arg* a, size_t k) { goro::detail::fmt::do_printf(out, format, a, k); });
}

std::vector<int> errorf(std::string& out, Thread& t, std::string_view format, const Iface* args, size_t n) {
  FmtContext ctx{&t, true};
  with_args(ctx, args, n,
            [&](const goro::detail::fmt::Arg* a, size_t k) { goro::detail::fmt::do_printf(out, format, a, k); });
  return std::move(ctx.wrapped);
}

}  // namespace goro::lang::vm

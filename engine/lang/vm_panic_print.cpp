// The report of an unrecovered panic: Go's printpanics and printpanicval
// (runtime/panic.go, runtime/error.go, Go 1.19).
//
//   panic: first [recovered]
//   	panic: second
//   [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]
//
// Each value is printed as printpanicval does after preprintpanics: an
// error as its Error(), a Stringer as its String(), the predeclared basic
// types as the print builtin prints them, other types with a basic
// underlying type as main.T(5) / main.S("x"), anything else as
// (main.T) 0xADDR (the data word). The signal line follows a nil
// dereference as in Go, with fixed values where Go prints the faulting
// pc (the interpreter has none).
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "vm.hpp"
#include "vm_ops.hpp"

namespace goro::lang::vm {

namespace {

constexpr std::string_view kNilDereference = "runtime error: invalid memory address or nil pointer dereference";
constexpr std::string_view kSignalLine = "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]";

// append_float() is the runtime's printfloat: +d.dddddde+ddd.
void append_float(std::string& out, double v) {
  if (v != v) {
    out += "NaN";
    return;
  }
  if (v + v == v && v > 0) {
    out += "+Inf";
    return;
  }
  if (v + v == v && v < 0) {
    out += "-Inf";
    return;
  }
  constexpr int n = 7;  // digits printed
  char buf[n + 7];
  buf[0] = '+';
  int e = 0;
  if (v == 0) {
    if (1 / v < 0) buf[0] = '-';
  } else {
    if (v < 0) {
      v = -v;
      buf[0] = '-';
    }
    while (v >= 10) {
      ++e;
      v /= 10;
    }
    while (v < 1) {
      --e;
      v *= 10;
    }
    double h = 5.0;
    for (int i = 0; i < n; ++i) h /= 10;
    v += h;
    if (v >= 10) {
      ++e;
      v /= 10;
    }
  }
  for (int i = 0; i < n; ++i) {
    int s = int(v);
    buf[i + 2] = char(s + '0');
    v -= s;
    v *= 10;
  }
  buf[1] = buf[2];
  buf[2] = '.';
  buf[n + 2] = 'e';
  buf[n + 3] = '+';
  if (e < 0) {
    e = -e;
    buf[n + 3] = '-';
  }
  buf[n + 4] = char(e / 100 + '0');
  buf[n + 5] = char(e / 10 % 10 + '0');
  buf[n + 6] = char(e % 10 + '0');
  out.append(buf, sizeof buf);
}

void append_hex(std::string& out, uint64_t v) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(v));
  out += buf;
}

bool is_basic(RKind k) { return k <= RKind::String; }

// append_basic() prints a value of a basic kind as the print builtin does;
// regs is its register form.
void append_basic(std::string& out, RKind k, const Slot* regs) {
  switch (k) {
    case RKind::Bool: out += regs[0].u ? "true" : "false"; break;
    case RKind::Int: case RKind::Int8: case RKind::Int16: case RKind::Int32: case RKind::Int64:
      out += std::to_string(regs[0].i);
      break;
    case RKind::Float32: case RKind::Float64: append_float(out, regs[0].f); break;
    case RKind::Complex64: case RKind::Complex128:
      out += '(';
      append_float(out, regs[0].f);
      append_float(out, regs[1].f);
      out += "i)";
      break;
    case RKind::String: out += as_string(regs).view(); break;
    default: out += std::to_string(regs[0].u); break;  // the unsigned kinds
  }
}

// string_method() is t's method `name` if its signature is func() string.
const Proto* string_method(const RType* t, std::string_view name) {
  const RMethod* m = t->find_method(name);
  if (!m) return nullptr;
  if (m->type) {
    const RType* sig = m->type;
    bool ok = sig->params.empty() && sig->results.size() == 1 && sig->results[0] == basic_rtype(RKind::String);
    return ok ? m->fn : nullptr;
  }
  return m->fn->nparams == 1 && m->fn->nresults == 2 ? m->fn : nullptr;
}

// call_string_method() calls fn (a func() string method) on the interface
// data word; false if it panicked.
bool call_string_method(Thread& t, const Proto* fn, void* data, std::string& out) {
  std::vector<Slot> regs(std::max<uint32_t>({fn->frame_size, fn->nparams, fn->nresults, 2u}));
  regs[0] = ptr_slot(data);
  if (!call_recovering(t, fn, regs.data())) return false;
  out += as_string(regs.data()).view();
  return true;
}

// append_value() is printpanicval after preprintpanics. *nil_deref is set
// for the runtime error of a nil dereference.
bool append_value(Thread& t, std::string& out, Iface v, bool* nil_deref) {
  if (!v.type) {
    out += "nil";
    return true;
  }
  const RType* rt = v.type;
  if (const Proto* error = string_method(rt, "Error")) {
    std::string text;
    if (!call_string_method(t, error, v.data, text)) return false;
    if (text == kNilDereference && rt->find_method("RuntimeError")) *nil_deref = true;
    out += text;
    return true;
  }
  if (const Proto* string = string_method(rt, "String")) return call_string_method(t, string, v.data, out);
  if (!is_basic(rt->kind)) {
    out += '(' + rt->name + ") ";
    append_hex(out, uintptr_t(v.data));
    return true;
  }
  std::vector<Slot> regs(std::max<uint32_t>(rt->slots, 2));
  if (rt->direct) regs[0] = ptr_slot(v.data);
  else load(rt, v.data, regs.data());
  if (rt == basic_rtype(rt->kind)) {
    append_basic(out, rt->kind, regs.data());
  } else if (rt->kind == RKind::String) {
    out += rt->name + "(\"";
    append_basic(out, rt->kind, regs.data());
    out += "\")";
  } else if (rt->kind == RKind::Complex64 || rt->kind == RKind::Complex128) {
    out += rt->name;
    append_basic(out, rt->kind, regs.data());
  } else {
    out += rt->name + "(";
    append_basic(out, rt->kind, regs.data());
    out += ')';
  }
  return true;
}

}  // namespace

std::string panic_message(Thread& t, bool* failed) {
  // The calls below may push and pop panics of their own: walk a copy.
  const std::vector<PanicRec> chain = t.panics;
  std::string out;
  bool nil_deref = false;
  bool first = true;
  for (size_t i = 0; i < chain.size(); ++i) {
    if (is_goexit(chain[i].value)) continue;  // a Goexit a panic interrupted
    if (!first) out += "\n\tpanic: ";
    first = false;
    if (!append_value(t, out, chain[i].value, &nil_deref)) *failed = true;
    if (chain[i].recovered) out += " [recovered]";
  }
  if (nil_deref) {
    out += '\n';
    out += kSignalLine;
  }
  return out;
}

}  // namespace goro::lang::vm

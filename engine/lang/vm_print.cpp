// The print and println builtins (vm_ops.hpp): Go's runtime/print.go
// formats, written to standard error.
//
// The formats are the runtime's own, not fmt's: floats always as
// +d.dddddde+ddd (printfloat), pointer-like values and the words of
// interfaces and slices in hex. A call's output is built whole and written
// with one goro::write(), so concurrent printers do not interleave within a
// line (Go's printlock gives the same guarantee).
#include <string>

#include "goro/output.hpp"
#include "vm_ops.hpp"

namespace goro::lang::vm {

namespace {

void print_uint(std::string& out, uint64_t v) {
  char buf[20];
  int i = sizeof buf;
  do {
    buf[--i] = char('0' + v % 10);
    v /= 10;
  } while (v != 0);
  out.append(buf + i, sizeof buf - size_t(i));
}

void print_int(std::string& out, int64_t v) {
  if (v < 0) {
    out += '-';
    print_uint(out, 0 - uint64_t(v));
    return;
  }
  print_uint(out, uint64_t(v));
}

// print_hex() is printhex: "0x" and lowercase digits, "0x0" for zero.
void print_hex(std::string& out, uint64_t v) {
  char buf[16];
  int i = sizeof buf;
  do {
    buf[--i] = "0123456789abcdef"[v % 16];
    v /= 16;
  } while (v != 0);
  out += "0x";
  out.append(buf + i, sizeof buf - size_t(i));
}

// print_float() is printfloat, step for step (its normalizing by repeated
// division is inexact, and the digits printed depend on that).
void print_float(std::string& out, double v) {
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
    const int s = int(v);
    buf[i + 2] = char(s + '0');
    v -= double(s);
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

uint64_t word(const void* p) { return uint64_t(uintptr_t(p)); }

// print_value() appends one operand of type t, held in register form at v.
// The kinds are those gc's print accepts; it rejects structs and arrays.
void print_value(std::string& out, const RType* t, const Slot* v) {
  switch (t->kind) {
    case RKind::Bool: out += v[0].u ? "true" : "false"; break;
    case RKind::Int: case RKind::Int8: case RKind::Int16: case RKind::Int32: case RKind::Int64:
      print_int(out, v[0].i);
      break;
    case RKind::Uint: case RKind::Uint8: case RKind::Uint16: case RKind::Uint32: case RKind::Uint64:
    case RKind::Uintptr:
      print_uint(out, v[0].u);
      break;
    case RKind::Float32: case RKind::Float64: print_float(out, v[0].f); break;
    case RKind::Complex64: case RKind::Complex128:
      out += '(';
      print_float(out, v[0].f);
      print_float(out, v[1].f);
      out += "i)";
      break;
    case RKind::String: out += as_string(v).view(); break;
    case RKind::Pointer: case RKind::Map: case RKind::Chan: case RKind::Func: print_hex(out, word(v[0].p)); break;
    case RKind::Interface:
      out += '(';
      print_hex(out, word(v[0].p));
      out += ',';
      print_hex(out, word(v[1].p));
      out += ')';
      break;
    case RKind::Slice:
      out += '[';
      print_int(out, v[1].i);
      out += '/';
      print_int(out, v[2].i);
      out += ']';
      print_hex(out, word(v[0].p));
      break;
    case RKind::Array: case RKind::Struct: break;  // not printable: the checker rejects them
  }
}

}  // namespace

void print_builtin(const Slot* values, const void* types, bool newline) {
  const auto* table = static_cast<const PrintTable*>(types);
  std::string out;
  for (uint32_t i = 0; i < table->n; ++i) {
    if (newline && i > 0) out += ' ';
    const RType* t = table->types[i];
    print_value(out, t, values);
    values += t->slots;
  }
  if (newline) out += '\n';
  if (!out.empty()) goro::write(goro::Stream::Stderr, out);
}

}  // namespace goro::lang::vm

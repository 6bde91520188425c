// Package fmt's natives (stdlib/fmt.go): the printing family as thin
// wrappers over fmt_values (Go's printer over run-time typed values),
// errorf for Errorf, FormatString, and the scanners (lib_fmt_scan.cpp).
#include <algorithm>
#include <string>

#include "fmt_values.hpp"
#include "goro/detail/fmt_strconv.hpp"
#include "lib_fmt_scan.hpp"
#include "native_support.hpp"
#include "native_tables.hpp"

namespace goro::lang::vm {

namespace {

using namespace native;

// Operands reads the `a ...any` slice at r.
struct Operands {
  std::vector<Iface> values;
  explicit Operands(const Slot* r) : values(load_anys(arg_slice(r))) {}
  const Iface* data() const { return values.data(); }
  size_t size() const { return values.size(); }
};

void sprint_(Thread& t, Slot* r) {
  Operands a(r);
  std::string out;
  sprint(out, t, a.data(), a.size());
  put_string(r, out);
}

void sprintln_(Thread& t, Slot* r) {
  Operands a(r);
  std::string out;
  sprintln(out, t, a.data(), a.size());
  put_string(r, out);
}

void sprintf_(Thread& t, Slot* r) {
  Operands a(r + 2);
  std::string out;
  sprintf(out, t, arg_view(r), a.data(), a.size());
  put_string(r, out);
}

void append_(Thread& t, Slot* r) {
  Operands a(r + 3);
  std::string out;
  sprint(out, t, a.data(), a.size());
  put_slice(r, append_bytes(arg_slice(r), out));
}

void appendln_(Thread& t, Slot* r) {
  Operands a(r + 3);
  std::string out;
  sprintln(out, t, a.data(), a.size());
  put_slice(r, append_bytes(arg_slice(r), out));
}

void appendf_(Thread& t, Slot* r) {
  Operands a(r + 5);
  std::string out;
  sprintf(out, t, arg_view(r + 3), a.data(), a.size());
  put_slice(r, append_bytes(arg_slice(r), out));
}

// reordered() is Go's p.reordered after doPrintf: whether any verb used an
// explicit argument index ("%[2]w"), after which Errorf sorts the indexes.
bool reordered(std::string_view format) {
  for (size_t i = 0; i < format.size(); ++i) {
    if (format[i] != '%') continue;
    for (++i; i < format.size(); ++i) {
      const char c = format[i];
      if (c == '[') return true;
      if (c == '%' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || uint8_t(c) >= 0x80) break;
    }
  }
  return false;
}

// errorf(format string, a []any) (msg string, wrapped []int)
void errorf_(Thread& t, Slot* r) {
  const std::string_view format = arg_view(r);
  Operands a(r + 2);
  std::string msg;
  std::vector<int> wrapped = errorf(msg, t, format, a.data(), a.size());
  if (wrapped.size() > 1 && reordered(format)) std::sort(wrapped.begin(), wrapped.end());
  put_string(r, msg);
  SliceHeader w{nullptr, 0, 0};
  if (!wrapped.empty()) {
    w.data = heap_alloc(wrapped.size() * 8);
    w.len = w.cap = int64_t(wrapped.size());
    for (size_t i = 0; i < wrapped.size(); ++i) {
      Slot s;
      s.i = wrapped[i];
      store_leaf(Leaf::I64, elem_at(w.data, basic_rtype(RKind::Int), int64_t(i)), s);
    }
  }
  put_slice(r + 2, w);
}

// call_state() calls the State method `name` of state with at most one int
// argument; the results are left in regs.
void call_state(Thread& t, Iface state, const char* name, Slot* regs, const int64_t* arg) {
  Slot recv[2];
  put_iface(recv, state);
  const Proto* m = lookup_method(recv, name, &regs[0]);
  if (arg != nullptr) regs[1].i = *arg;
  call(t, m, nullptr, regs);
}

// FormatString(state State, verb rune) string, as Go 1.20's.
void format_string(Thread& t, Slot* r) {
  const Iface state = arg_iface(r);
  const int64_t verb = r[2].i;
  std::string b = "%";
  Slot regs[4];
  for (char c : std::string_view(" +-#0")) {
    const int64_t flag = c;
    call_state(t, state, "Flag", regs, &flag);
    if (regs[0].u & 1) b += c;
  }
  call_state(t, state, "Width", regs, nullptr);
  if (regs[1].u & 1) b += std::to_string(regs[0].i);
  call_state(t, state, "Precision", regs, nullptr);
  if (regs[1].u & 1) b += "." + std::to_string(regs[0].i);
  goro::detail::fmt::append_rune(b, verb < 0 || verb > 0x10FFFF ? goro::detail::fmt::kRuneError : char32_t(verb));
  put_string(r, b);
}

constexpr NativeDef kNatives[] = {
    {"fmt.Append", append_},
    {"fmt.Appendf", appendf_},
    {"fmt.Appendln", appendln_},
    {"fmt.FormatString", format_string},
    {"fmt.Fscan", scan::fscan},
    {"fmt.Fscanf", scan::fscanf},
    {"fmt.Fscanln", scan::fscanln},
    {"fmt.Scan", scan::scan},
    {"fmt.Scanf", scan::scanf},
    {"fmt.Scanln", scan::scanln},
    {"fmt.Sprint", sprint_},
    {"fmt.Sprintf", sprintf_},
    {"fmt.Sprintln", sprintln_},
    {"fmt.Sscan", scan::sscan},
    {"fmt.Sscanf", scan::sscanf},
    {"fmt.Sscanln", scan::sscanln},
    {"fmt.errorf", errorf_},
};

}  // namespace

std::span<const NativeDef> natives_fmt() { return kNatives; }

}  // namespace goro::lang::vm

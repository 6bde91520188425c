// Package strings' natives: Builder's methods and the three searches the
// rest of the stub is built on (stdlib/strings.go).
//
// Builder's memory layout is Go's {addr *Builder; buf []byte}: addr at 0,
// buf at 8. String() shares buf's bytes, as Go's unsafe.String does: later
// writes only append past the string's end, so the string never changes.
#include "goro/detail/fmt_strconv.hpp"
#include "native_support.hpp"
#include "native_tables.hpp"

namespace goro::lang::vm {

namespace {

using namespace native;

constexpr size_t kAddr = 0;
constexpr size_t kBuf = 8;

char* builder(const Slot& recv) {
  auto* b = static_cast<char*>(recv.p);
  if (b == nullptr) panic_nil();
  return b;
}

SliceHeader load_buf(const char* b) {
  return {const_cast<void*>(load_ptr(b + kBuf)), load_leaf(Leaf::I64, b + kBuf + 8).i,
          load_leaf(Leaf::I64, b + kBuf + 16).i};
}

void store_buf(char* b, SliceHeader h) {
  store_leaf(Leaf::Ptr, b + kBuf, ptr_slot(h.data));
  Slot n, c;
  n.i = h.len;
  c.i = h.cap;
  store_leaf(Leaf::I64, b + kBuf + 8, n);
  store_leaf(Leaf::I64, b + kBuf + 16, c);
}

// copy_check() is Go's copyCheck: a Builder remembers its address on first
// use, and a copy of a used one (a different address) panics.
void copy_check(char* b) {
  const void* addr = load_ptr(b + kAddr);
  if (addr == nullptr) {
    store_leaf(Leaf::Ptr, b + kAddr, ptr_slot(b));
  } else if (addr != b) {
    panic_string("strings: illegal use of non-zero Builder copied by value");
  }
}

void append_to(char* b, std::string_view s) { store_buf(b, append_bytes(load_buf(b), s)); }

void builder_string(Thread&, Slot* r) {
  const SliceHeader h = load_buf(builder(r[0]));
  put_string(r, String{static_cast<const char*>(h.data), h.len});
}

void builder_len(Thread&, Slot* r) { r[0].i = load_buf(builder(r[0])).len; }
void builder_cap(Thread&, Slot* r) { r[0].i = load_buf(builder(r[0])).cap; }

void builder_reset(Thread&, Slot* r) {
  char* b = builder(r[0]);
  store_leaf(Leaf::Ptr, b + kAddr, ptr_slot(nullptr));
  store_buf(b, SliceHeader{nullptr, 0, 0});
}

// Grow: Go 1.21+ allocates exactly 2*cap+n bytes (bytealg.MakeNoZero).
void builder_grow(Thread&, Slot* r) {
  char* b = builder(r[0]);
  copy_check(b);
  const int64_t n = r[1].i;
  if (n < 0) panic_string("strings.Builder.Grow: negative count");
  SliceHeader h = load_buf(b);
  if (h.cap - h.len < n) {
    const int64_t cap = 2 * h.cap + n;
    void* p = heap_alloc(size_t(cap));
    if (h.len > 0) std::memcpy(p, h.data, size_t(h.len));
    store_buf(b, SliceHeader{p, h.len, cap});
  }
}

void builder_write(Thread&, Slot* r) {
  char* b = builder(r[0]);
  copy_check(b);
  const SliceHeader p = arg_slice(r + 1);
  append_to(b, std::string_view(static_cast<const char*>(p.data), size_t(p.len)));
  r[0].i = p.len;
  put_nil_iface(r + 1);
}

void builder_write_byte(Thread&, Slot* r) {
  char* b = builder(r[0]);
  copy_check(b);
  const char c = char(r[1].u);
  append_to(b, std::string_view(&c, 1));
  put_nil_iface(r);
}

void builder_write_rune(Thread&, Slot* r) {
  char* b = builder(r[0]);
  copy_check(b);
  std::string enc;
  const int64_t rune = r[1].i;
  goro::detail::fmt::append_rune(enc, rune < 0 || rune > 0x10FFFF ? goro::detail::fmt::kRuneError : char32_t(rune));
  append_to(b, enc);
  r[0].i = int64_t(enc.size());
  put_nil_iface(r + 1);
}

void builder_write_string(Thread&, Slot* r) {
  char* b = builder(r[0]);
  copy_check(b);
  const std::string_view s = arg_view(r + 1);
  append_to(b, s);
  r[0].i = int64_t(s.size());
  put_nil_iface(r + 1);
}

int64_t found(size_t pos) { return pos == std::string_view::npos ? -1 : int64_t(pos); }

void index(Thread&, Slot* r) { r[0].i = found(arg_view(r).find(arg_view(r + 2))); }
void index_byte(Thread&, Slot* r) { r[0].i = found(arg_view(r).find(char(r[2].u))); }
void last_index(Thread&, Slot* r) { r[0].i = found(arg_view(r).rfind(arg_view(r + 2))); }

constexpr NativeDef kNatives[] = {
    {"strings.(*Builder).Cap", builder_cap},
    {"strings.(*Builder).Grow", builder_grow},
    {"strings.(*Builder).Len", builder_len},
    {"strings.(*Builder).Reset", builder_reset},
    {"strings.(*Builder).String", builder_string},
    {"strings.(*Builder).Write", builder_write},
    {"strings.(*Builder).WriteByte", builder_write_byte},
    {"strings.(*Builder).WriteRune", builder_write_rune},
    {"strings.(*Builder).WriteString", builder_write_string},
    {"strings.Index", index},
    {"strings.IndexByte", index_byte},
    {"strings.LastIndex", last_index},
};

}  // namespace

std::span<const NativeDef> natives_strings() { return kNatives; }

}  // namespace goro::lang::vm

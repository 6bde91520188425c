// Package unicode's natives (stdlib/unicode.go): the Is* predicates, case
// mapping and SimpleFold, and table(), which builds a *RangeTable value,
// all from lib_unicode_tables.cpp (Go's own data, see lib_unicode_gen.go).
#include <algorithm>
#include <cstring>

#include "lib_unicode_tables.hpp"
#include "native_support.hpp"
#include "native_tables.hpp"

namespace goro::lang::vm {

namespace {

using namespace native;
using namespace unitab;

constexpr int64_t kMaxRune = 0x10FFFF;
constexpr int64_t kMaxASCII = 0x7F;
constexpr int32_t kReplacementChar = 0xFFFD;
constexpr int32_t kUpperLower = kMaxRune + 1;
enum Case { kUpper = 0, kLower = 1, kTitle = 2, kMaxCase = 3 };

bool in_ranges(const RuneRange* rs, size_t n, int64_t r) {
  if (r < 0 || r > kMaxRune) return false;
  const RuneRange* end = rs + n;
  const RuneRange* it = std::upper_bound(rs, end, uint32_t(r), [](uint32_t v, const RuneRange& x) { return v < x.lo; });
  return it != rs && uint32_t(r) <= (it - 1)->hi;
}

#define PREDICATE(name) \
  void is_##name(Thread&, Slot* r) { put_bool(r[0], in_ranges(kIs##name, kIs##name##Len, r[0].i)); }
PREDICATE(Control)
PREDICATE(Digit)
PREDICATE(Graphic)
PREDICATE(Letter)
PREDICATE(Lower)
PREDICATE(Mark)
PREDICATE(Number)
PREDICATE(Print)
PREDICATE(Punct)
PREDICATE(Space)
PREDICATE(Symbol)
PREDICATE(Title)
PREDICATE(Upper)
#undef PREDICATE

// to() is Go's to(_case, r, CaseRanges).
int32_t to(int64_t c, int32_t r) {
  if (c < 0 || c >= kMaxCase) return kReplacementChar;
  size_t lo = 0, hi = kCaseRangesLen;
  while (lo < hi) {
    const size_t m = lo + (hi - lo) / 2;
    const CaseRange& cr = kCaseRanges[m];
    if (int64_t(cr.lo) <= r && r <= int64_t(cr.hi)) {
      const int32_t delta = cr.delta[c];
      if (delta > kMaxRune) return int32_t(cr.lo) + (((r - int32_t(cr.lo)) & ~1) | int32_t(c & 1));
      return r + delta;
    }
    if (r < int64_t(cr.lo)) hi = m;
    else lo = m + 1;
  }
  return r;
}
static_assert(kUpperLower == 0x110000, "UpperLower");

int32_t to_upper(int32_t r) {
  if (r <= kMaxASCII) return 'a' <= r && r <= 'z' ? r - ('a' - 'A') : r;
  return to(kUpper, r);
}
int32_t to_lower(int32_t r) {
  if (r <= kMaxASCII) return 'A' <= r && r <= 'Z' ? r + ('a' - 'A') : r;
  return to(kLower, r);
}
int32_t to_title(int32_t r) {
  if (r <= kMaxASCII) return 'a' <= r && r <= 'z' ? r - ('a' - 'A') : r;
  return to(kTitle, r);
}

void to_(Thread&, Slot* r) { r[0].i = to(r[0].i, int32_t(r[1].i)); }
void to_upper_(Thread&, Slot* r) { r[0].i = to_upper(int32_t(r[0].i)); }
void to_lower_(Thread&, Slot* r) { r[0].i = to_lower(int32_t(r[0].i)); }
void to_title_(Thread&, Slot* r) { r[0].i = to_title(int32_t(r[0].i)); }

void simple_fold(Thread&, Slot* r) {
  const int32_t c = int32_t(r[0].i);
  if (c < 0 || c > kMaxRune) return;
  const FoldPair* end = kFoldExceptions + kFoldExceptionsLen;
  const FoldPair* it =
      std::lower_bound(kFoldExceptions, end, uint32_t(c), [](const FoldPair& p, uint32_t v) { return p.from < v; });
  if (it != end && it->from == uint32_t(c)) {
    r[0].i = int32_t(it->to);
    return;
  }
  const int32_t l = to_lower(c);
  r[0].i = l != c ? l : to_upper(c);
}

// ranges() is a []Range16 or []Range32 of n elements of size bytes each,
// three fields of the given width.
template <class R, class T>
SliceHeader ranges(const R* src, size_t n) {
  const size_t size = 3 * sizeof(T);
  char* data = static_cast<char*>(heap_alloc(n * size));
  for (size_t i = 0; i < n; ++i) {
    const T f[3] = {T(src[i].lo), T(src[i].hi), T(src[i].stride)};
    std::memcpy(data + i * size, f, size);
  }
  return {n ? data : nullptr, int64_t(n), int64_t(n)};
}

void store_slice(void* p, SliceHeader h) {
  Slot s[3];
  put_slice(s, h);
  store_leaf(Leaf::Ptr, p, s[0]);
  store_leaf(Leaf::I64, static_cast<char*>(p) + 8, s[1]);
  store_leaf(Leaf::I64, static_cast<char*>(p) + 16, s[2]);
}

// table(name string) *RangeTable
void table(Thread& t, Slot* r) {
  const std::string_view name = arg_view(r);
  const Table* tab = std::find_if(kTables, kTables + kNumTables, [&](const Table& x) { return name == x.name; });
  if (tab == kTables + kNumTables) {
    set_ptr(r[0], nullptr);
    return;
  }
  const RType* pt = stub_type(t, "*unicode.RangeTable");
  void* rt = new_value(pt->elem);
  store_slice(field(pt->elem, rt, "R16"), ranges<Range16, uint16_t>(tab->r16, tab->n16));
  store_slice(field(pt->elem, rt, "R32"), ranges<Range32, uint32_t>(tab->r32, tab->n32));
  Slot lo;
  lo.i = tab->latin_offset;
  store_leaf(Leaf::I64, field(pt->elem, rt, "LatinOffset"), lo);
  set_ptr(r[0], rt);
}

constexpr NativeDef kNatives[] = {
    {"unicode.IsControl", is_Control},
    {"unicode.IsDigit", is_Digit},
    {"unicode.IsGraphic", is_Graphic},
    {"unicode.IsLetter", is_Letter},
    {"unicode.IsLower", is_Lower},
    {"unicode.IsMark", is_Mark},
    {"unicode.IsNumber", is_Number},
    {"unicode.IsPrint", is_Print},
    {"unicode.IsPunct", is_Punct},
    {"unicode.IsSpace", is_Space},
    {"unicode.IsSymbol", is_Symbol},
    {"unicode.IsTitle", is_Title},
    {"unicode.IsUpper", is_Upper},
    {"unicode.SimpleFold", simple_fold},
    {"unicode.To", to_},
    {"unicode.ToLower", to_lower_},
    {"unicode.ToTitle", to_title_},
    {"unicode.ToUpper", to_upper_},
    {"unicode.table", table},
};

}  // namespace

std::span<const NativeDef> natives_unicode() { return kNatives; }

}  // namespace goro::lang::vm

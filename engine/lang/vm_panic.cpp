// Go's run-time error panics (vm_ops.hpp): division by zero, nil
// dereferences and bounds failures, with the messages Go's runtime prints.
//
// The bounds formats are runtime/error.go's boundsErrorFmt and
// boundsNegErrorFmt: when the failing value is negative Go leaves out the
// bound it failed against ("index out of range [-1]", "[-1:]", "[:-1:]").
// Go prints an index of an unsigned type as unsigned; registers do not say
// which it was, so an index of 1<<63 or more prints here as negative.
#include <string>

#include "gopanic.hpp"
#include "vm_ops.hpp"

namespace goro::lang::vm {

namespace {

struct BoundsFormat {
  const char* pre;   // before x
  const char* mid;   // between x and y
  const char* post;  // after y
  const char* neg;   // after a negative x, in place of mid, y and post
};

// kBoundsFormats follows BoundsKind's order.
constexpr BoundsFormat kBoundsFormats[] = {
    {"index out of range [", "] with length ", "", "]"},
    {"slice bounds out of range [:", "] with length ", "", "]"},
    {"slice bounds out of range [:", "] with capacity ", "", "]"},
    {"slice bounds out of range [", ":", "]", ":]"},
    {"slice bounds out of range [::", "] with length ", "", "]"},
    {"slice bounds out of range [::", "] with capacity ", "", "]"},
    {"slice bounds out of range [:", ":", "]", ":]"},
    {"slice bounds out of range [", ":", ":]", "::]"},
    {"cannot convert slice with length ", " to array or pointer to array with length ", "", ""},
};

}  // namespace

void panic_divide() { panic_runtime_error("integer divide by zero"); }

void panic_nil() { panic_runtime_error("invalid memory address or nil pointer dereference"); }

void panic_bounds(BoundsKind kind, int64_t x, int64_t y) {
  const BoundsFormat& f = kBoundsFormats[int(kind)];
  std::string msg = f.pre + std::to_string(x);
  if (x < 0) {
    msg += f.neg;
  } else {
    msg += f.mid + std::to_string(y);
    msg += f.post;
  }
  panic_runtime_error(msg);
}

void panic_index(int64_t i, int64_t len) { panic_bounds(BoundsKind::Index, i, len); }

void panic_slice_bound(const char* pre, int64_t x, const char* mid, int64_t y) {
  std::string msg = pre + std::to_string(x);
  msg += x < 0 ? "]" : mid + std::to_string(y);
  panic_runtime_error(msg);
}

void panic_slice_order(int64_t lo, int64_t hi) { panic_bounds(BoundsKind::SliceB, lo, hi); }

}  // namespace goro::lang::vm

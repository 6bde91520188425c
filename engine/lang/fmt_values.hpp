// fmt for interpreter values: Go's printArg/handleMethods/printValue over
// run-time typed values (an Iface: RType and data word), on top of the
// runtime's fmt machinery. The verb parser and the Print/Println spacing
// are the runtime's do_printf/do_print/do_println (goro/detail/fmt_args.hpp)
// and the primitive formatters its Formatter's; this file only adds an Arg
// whose print function walks a value by its RType, as reflection does in Go.
//
// Go's rules kept here: String()/Error() (GoString() under %#v) are used for
// %v %s %q %x %X, at the top level and for nested values reached without
// passing an unexported struct field (reflect's CanInterface); a panicking
// method prints "%!v(PANIC=String method: msg)", or "<nil>" for a nil
// pointer receiver; maps print sorted as internal/fmtsort orders keys.
// A Format method (fmt.Formatter) comes before all of those and is given a
// *fmt.pp (the stub package's State type) holding the directive.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "goro/detail/fmt_args.hpp"
#include "value.hpp"

namespace goro::lang::vm {

struct Thread;

// FmtContext is what the operands of one fmt call share.
struct FmtContext {
  Thread* thread;                // String/Error methods run on it
  bool wrap_errs = false;        // Errorf: %w takes an error operand and prints it as %v
  std::vector<int> wrapped = {}; // operand index of every %w met, in format order
};

// FmtOperand is one operand; it must outlive the Arg made from it.
struct FmtOperand {
  Iface value;
  FmtContext* ctx;
  int index;  // position in the operand list, for FmtContext::wrapped
};

// make_value_arg() makes the runtime's type-erased printf operand for op.
goro::detail::fmt::Arg make_value_arg(const FmtOperand& op);

// sprint() appends fmt.Sprint(args...): a space between operands when
// neither is a string.
void sprint(std::string& out, Thread& t, const Iface* args, size_t n);
// sprintln() appends fmt.Sprintln(args...).
void sprintln(std::string& out, Thread& t, const Iface* args, size_t n);
// sprintf() appends fmt.Sprintf(format, args...).
void sprintf(std::string& out, Thread& t, std::string_view format, const Iface* args, size_t n);
// errorf() appends the message of fmt.Errorf(format, args...) and returns
// the operand indexes of its %w verbs, in format order (repeats included),
// from which Errorf chooses what the error wraps (Go 1.20+: sort, dedupe,
// keep operands that are errors).
std::vector<int> errorf(std::string& out, Thread& t, std::string_view format, const Iface* args, size_t n);

}  // namespace goro::lang::vm

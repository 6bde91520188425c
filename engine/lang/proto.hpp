// Proto: one compiled function (a Go function, method, closure body or
// compiler-made wrapper), or a native one implemented in C++.
//
// Calling convention (both kinds): the caller places the arguments in
// register form at the start of the callee's frame, regs[0..nparams); the
// callee leaves its results at regs[0..nresults). A closure's captured
// variables are reached through the Closure the call passes along.
//
// Invariants: immutable after the compiler finishes; code ends in a return;
// every register index an instruction names is < frame_size; lines is
// sorted by pc.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "rtype.hpp"
#include "value.hpp"

namespace goro::lang::vm {

struct Thread;  // a goroutine's interpreter state (vm.hpp)

// NativeFn implements a function in C++: arguments in regs[0..nparams),
// results written to regs[0..nresults). It may block (channel-like natives
// park the goroutine), panic (throw GoPanic) or call back into Go (call()).
using NativeFn = void (*)(Thread& t, Slot* regs);

// Instr is one instruction: an opcode (opcodes.def) and three 16-bit
// operands, usually register indices; jumps and wide constants use the
// next instruction word, decoded by the opcode.
struct Instr {
  uint16_t op;
  uint16_t a;
  uint16_t b;
  uint16_t c;
};
static_assert(sizeof(Instr) == 8);

struct LineEntry {
  uint32_t pc;
  int32_t line;
};

struct Proto {
  std::string name;        // as tracebacks print it: main.main, main.worker, main.main.func1, main.(*T).M
  uint32_t nparams = 0;    // slots
  uint32_t nresults = 0;   // slots
  uint32_t frame_size = 0; // slots, params included; at least max(nparams, nresults)
  NativeFn native = nullptr;
  std::vector<Instr> code;
  std::vector<Slot> consts;
  std::vector<const void*> refs;  // RTypes, Protos, strings and tables instructions refer to
  std::vector<LineEntry> lines;
  int32_t line = 0;               // where the function is declared
  uint32_t epilogue = 0;          // pc where a function with defers runs them and returns
  bool has_defer = false;

  int32_t line_at(uint32_t pc) const;
};

// Closure is a function value: the Proto and the cells of the variables it
// captured (each a pointer to the variable's heap cell). A top-level
// function's value is a Closure with no captures, made once.
struct Closure {
  const Proto* fn;
  uint32_t ncaptured;
  void* captured[];  // flexible: ncaptured cell pointers
};

// call() runs fn (with closure, null for plain functions) on t's goroutine:
// regs holds the arguments on entry and the results on return; it must have
// room for max(nparams, nresults) slots. Natives use it to call back into
// Go (fmt's String methods, sort.Slice's less). Panics propagate as GoPanic.
void call(Thread& t, const Proto* fn, const Closure* closure, Slot* regs);

}  // namespace goro::lang::vm

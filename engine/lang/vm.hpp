// The VM: runs compiled Protos on goro goroutines.
//
// Each goroutine of an interpreted program is a runtime goroutine owning a
// Thread: a value stack of Slots (frames are windows of it, found by index
// so the stack can grow by reallocation), the call frames, and the deferred
// calls. Go calls do not recurse on the C stack: CALL pushes a Frame and the
// dispatch loop goes on with the callee. The C stack is used again only when
// C++ calls back into Go (natives through call(), deferred calls run while
// a panic unwinds), which nests a dispatch loop.
//
// Invariants of a Thread:
//   - frames.back() is the running function; frames[i].base + fn->frame_size
//     <= stack_size for every frame;
//   - a frame's pc is saved in the Frame whenever the loop can leave it (a
//     call, a blocking operation, a panic), so tracebacks read true lines;
//   - defers are ordered by frame: those of frames[i] sit above those of
//     frames[j < i]; a DeferRec's frame is the depth of the frame it belongs to.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "gopanic.hpp"
#include "proto.hpp"

namespace goro::lang::vm {

struct Program;

struct Frame {
  const Proto* fn;
  const Closure* closure;
  const Instr* pc;   // next instruction (saved when the loop leaves the frame)
  uint32_t base;     // index of R[0] in the stack
};

struct DeferRec {
  const Closure* fn;
  Slot* args;        // heap copy of the argument slots
  uint32_t nargs;
  uint32_t frame;    // depth of the frame that deferred it
};

// PanicRec is one panic in flight on a goroutine (a deferred call may panic
// again while an earlier panic unwinds: Go prints both).
struct PanicRec {
  Iface value;
  bool recovered = false;
  uint32_t defer_frame = UINT32_MAX;  // depth of the deferred call that may recover it
};

struct Thread {
  Program* prog = nullptr;
  Slot* stack = nullptr;
  uint32_t stack_size = 0;
  std::vector<Frame> frames;
  std::vector<DeferRec> defers;
  std::vector<PanicRec> panics;
  int32_t budget = 0;  // instructions left before the next preemption check

  Thread() = default;
  Thread(const Thread&) = delete;
  Thread& operator=(const Thread&) = delete;
  ~Thread();

  // reserve() makes the stack at least n slots; returns the (maybe moved) stack.
  Slot* reserve(uint32_t n);
  // traceback() is Go's listing of the goroutine's frames, innermost first:
  // "main.f(...)\n\t./prog.go:12\nmain.main()\n\t./prog.go:20\n".
  std::string traceback() const;
};

// Program is everything the compiler made for one source program.
struct Program {
  std::string filename = "./prog.go";  // how tracebacks name the file
  std::vector<Proto*> protos;          // owned
  const Proto* init = nullptr;         // package initialization (variables, init funcs)
  const Proto* main = nullptr;         // main.main
  void* globals = nullptr;             // package-level variables, in memory layout
  uint64_t seed = 1;                   // for map iteration order
  // owned keeps alive what instructions refer to through Proto::refs:
  // RTypes, string constants, select and print tables (the compiler's).
  std::vector<std::shared_ptr<const void>> owned;
  ~Program();
};

// run_main() runs the program's init and main on the current goroutine
// (goroutine 1 of a goro::run); panics escaping it end the run as Go's do.
void run_main(Program& prog);

// execute() runs t's frames until the frame count drops to stop (the
// callee of a call() returned). Panics propagate as GoPanic.
void execute(Thread& t, size_t stop);

}  // namespace goro::lang::vm

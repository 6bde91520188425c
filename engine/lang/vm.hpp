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
//     <= stack_size for every frame of the running nesting level (call()
//     runs its callee on a stack segment of its own, so the frames below a
//     call() index the segment it set aside, restored when it returns);
//   - a frame's pc is saved in the Frame whenever the loop can leave it (a
//     call, a blocking operation, a panic), so tracebacks read true lines;
//   - defers are ordered by frame: those of frames[i] sit above those of
//     frames[j < i]; a DeferRec's frame is the depth of the frame it belongs to;
//   - panics is the goroutine's chain of panics in flight, oldest first (Go's
//     gp._panic reversed); the last one is the one unwinding. Records that a
//     nested level pushed always sit above those of the levels below it.
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "gopanic.hpp"
#include "proto.hpp"

namespace goro::lang::vm {

struct Program;

// kBudget is how many back-edges and calls a goroutine runs between
// preemption checks: small enough that a spinning goroutine lets others run
// within microseconds, large enough that the check costs nothing.
inline constexpr int32_t kBudget = 1 << 14;
// kGoCost is what a go statement spends of it (vm.cpp's GO).
inline constexpr int32_t kGoCost = 8;

struct Frame {
  const Proto* fn;
  const Closure* closure;
  const Instr* pc;   // next instruction (saved when the loop leaves the frame)
  uint32_t base;     // index of R[0] in the stack
};

struct DeferRec {
  const Closure* fn;  // null: calling it panics (a deferred nil func value)
  Slot* args;         // copy of the argument slots (new[]; freed when the call starts)
  uint32_t nargs;
  uint32_t frame;     // depth of the frame that deferred it
};

// PanicRec is one panic in flight on a goroutine (a deferred call may panic
// again while an earlier panic unwinds: Go prints both).
// kGoexit is the dynamic type of what runtime.Goexit raises: it unwinds as
// a panic does, running every deferred call, but recover() does not see it,
// it is never printed, and the goroutine then ends quietly (goro::goexit()).
extern const RType kGoexit;
inline bool is_goexit(const Iface& v) { return v.type == &kGoexit; }

struct PanicRec {
  Iface value;
  bool recovered = false;
  // aborted: a later panic escaped the deferred call this one was running,
  // so this one will never resume; it is printed, and dropped with the
  // later panic if that one is recovered (Go's _panic.aborted).
  bool aborted = false;
  uint32_t defer_frame = UINT32_MAX;  // depth of the deferred call that may recover it
  // trace is the traceback where the panic was raised, taken when it first
  // left the frames it was raised in (they are popped then): what the
  // report of an unrecovered panic lists.
  std::string trace;
};

// ContinuedPanic carries a panic that is already in a Thread's chain out of
// a nested run (a call() from a native, a deferred call run while
// unwinding) to the level below, which must not count it as a new panic.
// serial 0: its records are in t.panics; otherwise call() set them aside
// under that serial (Thread::set_aside), and the level that catches it puts
// them back. Natives that catch GoPanic and rethrow with `throw;` keep it a
// continuation; one that throws a fresh GoPanic starts a new panic.
struct ContinuedPanic : GoPanic {
  uint64_t serial = 0;
};

// StackSegment is a value stack put aside while a call() runs on another.
struct StackSegment {
  Slot* slots = nullptr;
  uint32_t size = 0;
};

struct Thread {
  Program* prog = nullptr;
  Slot* stack = nullptr;
  uint32_t stack_size = 0;
  std::vector<Frame> frames;
  std::vector<DeferRec> defers;
  std::vector<PanicRec> panics;
  int32_t budget = kBudget;  // back-edges and calls left before the next preemption check

  // set_aside holds the panic records a call() took off `panics` while its
  // ContinuedPanic (set_aside_serial) travels through a native.
  std::vector<PanicRec> set_aside;
  uint64_t set_aside_serial = 0;
  uint64_t serials = 0;
  // Segments for call(): one per native nesting level, kept for reuse.
  std::vector<StackSegment> spare_segments;
  // c_stack_top is an address near the top of the goroutine's C stack, so
  // that nesting through natives can be stopped before it overflows.
  const char* c_stack_top = nullptr;

  Thread() = default;
  Thread(const Thread&) = delete;
  Thread& operator=(const Thread&) = delete;
  ~Thread();

  // reserve() makes the stack at least n slots; returns the (maybe moved)
  // stack. Past the VM's stack limit it ends the run with Go's
  // "fatal error: stack overflow".
  Slot* reserve(uint32_t n);
  // traceback() is Go's listing of the goroutine's frames, innermost first:
  // "main.f(...)\n\t./prog.go:12\nmain.main()\n\t./prog.go:20\n".
  std::string traceback() const;
};

// Program is everything the compiler made for one source program.
// One run at a time: run_main() keeps goroutine 1's Thread in it.
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
  // types: the named types of the program and of the standard library
  // stubs, and pointers to them, by the name %T prints ("strconv.NumError",
  // "*strconv.NumError"), for natives that make values of them.
  std::unordered_map<std::string, const RType*> types;
  // vars: the standard library's package-level variables by qualified name
  // ("io.EOF", "strconv.ErrRange"): their addresses in globals, so that
  // natives return the very values Go code compares against.
  std::unordered_map<std::string, void*> vars;
  const RType* type_named(std::string_view name) const {
    auto it = types.find(std::string(name));
    return it == types.end() ? nullptr : it->second;
  }

  // ---- run-time state (the VM's)
  // main_thread is goroutine 1's Thread, kept until the next run so that
  // the runtime can list its frames while reporting the panic that ended it.
  std::unique_ptr<Thread> main_thread;
  // The channels runs made (runtime ChanCores), released with the Program:
  // without a collector nothing else knows when they become unreachable.
  std::mutex chans_lock;
  std::vector<void*> chans;  // GUARDED_BY(chans_lock)
  // range loops started, so that each draws its own iteration order
  std::atomic<uint64_t> map_iterations{0};
  ~Program();
};

// run_main() runs the program's init and main on the current goroutine
// (goroutine 1 of a goro::run); panics escaping it end the run as Go's do.
void run_main(Program& prog);

// execute() runs t's frames until the frame count drops to stop (the
// callee of a call() returned). Panics propagate as GoPanic.
void execute(Thread& t, size_t stop);

// run_protected() is execute() with Go's panic handling for the frames at
// depth >= stop: a panic runs their deferred calls, newest first; one of them
// may recover it, and execution resumes in the frame that deferred it. A
// panic no deferred call recovers leaves with those frames popped, as a
// ContinuedPanic. The runtime's own panics (goro::Panic: "send on closed
// channel", ...) become Go panics here.
void run_protected(Thread& t, size_t stop);

// ---- internals shared by the vm_*.cpp files

// current_line() is the source line the running frame is at (its saved pc).
int32_t current_line(const Thread& t);

// stack_overflow() ends the run with Go's "fatal error: stack overflow".
[[noreturn]] void stack_overflow();
// check_c_stack() calls stack_overflow() when nesting dispatch loops (call(),
// deferred calls run by a panic) has used up the goroutine's C stack.
void check_c_stack(const Thread& t);

// run_to_end() runs a goroutine's Thread to completion: its one frame
// (pushed by the caller), or native_entry called on its stack when the
// goroutine's function is a native. A panic nothing recovered or a fatal
// error ends the run from here, reported as Go reports it.
void run_to_end(Thread& t, const Proto* native_entry);

// call_recovering() is call() for the VM's own uses, where a panic must not
// get away: one escaping fn is dropped (t.panics is as before) and the
// result is false.
bool call_recovering(Thread& t, const Proto* fn, Slot* regs);

// panic_message() is the report of t's unrecovered panic chain after
// "panic: ": each value as Go's printpanicval prints it (Error() and String()
// called), " [recovered]" marks, "\n\tpanic: " between them, and Go's signal
// line after a nil dereference. *failed is set when an Error or String
// method panicked (Go: "panic while printing panic value").
std::string panic_message(Thread& t, bool* failed);

}  // namespace goro::lang::vm

// context_emscripten: WebAssembly backend on Emscripten fibers (Asyncify).
//
// A switch unwinds the running wasm call stack into the fiber's Asyncify
// buffer and rewinds the target's. The rewind ids are thread-local, so a
// started fiber must stay on the thread it first ran on (the scheduler pins it).
//
// Memory of a goroutine: its whole stack block [lo, lo + size) is both its C
// stack (address-taken locals, growing down from the top) and its Asyncify
// buffer (saved wasm locals, growing up from the bottom):
//
//   lo                                  sp at park                lo + size
//   | Asyncify data ->      (free)      | live C stack frames <-  |FirstRun|
//
// The two are never live at once below sp: Asyncify data exists only while
// the goroutine is parked, and then nothing runs on its C stack. So each
// context_swap() away from a goroutine caps its Asyncify buffer at the live
// stack pointer, and the block is one budget shared by both, instead of a
// fixed split that wastes one part while the other overflows. Overflows abort
// the program instead of corrupting memory: Asyncify traps ("unreachable")
// when its data would pass the cap, and a C stack running past lo aborts with
// "stack overflow" because the build links with -sSTACK_OVERFLOW_CHECK=2
// (engine/CMakeLists.txt).
//
// What a goroutine needs (measured over the runtime tests and
// tests/wasm/smoke.cpp, Release build): parked in a channel operation, select
// or sleep, at most 1.3 KiB of Asyncify data plus 1.6 KiB of C stack; while
// running, at most 10 KiB of C stack. Each frame of user
// recursion parked beneath costs about 56 bytes of Asyncify data plus the
// frame's C stack, which holds only its address-taken locals: scalars live in
// wasm locals, and the wasm engine's own stack holds the running goroutine's
// frames. So Options::stack_size, 64 KiB by default as natively, leaves a wide
// margin (a goroutine parked 200 frames deep with 64-byte arrays in each used
// 25 KiB), and wasm keeps it so one program behaves alike in both builds. The
// cost is address space: blocks are heap, and wasm32's 4 GiB heap holds about
// 60,000 goroutines at 64 KiB (native builds reserve lazily instead).
#include "fiber/context.hpp"

#if GORO_CONTEXT_EMSCRIPTEN
#include <emscripten/stack.h>

#include <cstdlib>
#include <new>

extern "C" void goro_fiber_started();  // engine/wasm/fiber_keepalive.js

namespace goro::detail {
namespace {
// A thread's own context (the scheduler loop) saves its frames into a
// separate buffer: the loop is shallow, but under a test harness the thread's
// stack below goro::run can be a few dozen frames deep.
constexpr size_t kThreadAsyncifySize = 64 << 10;

// FirstRun is what a new fiber runs, kept in the top 16 bytes of its block.
struct alignas(16) FirstRun {
  ContextEntry entry;
  void* arg;
};

void first_run(void* p) {
  auto* run = static_cast<FirstRun*>(p);
  goro_fiber_started();  // a first entry is no rewind: balance Emscripten's keepalive count
  run->entry(run->arg);
}
}  // namespace

Context::~Context() { std::free(own_asyncify); }

void context_make(Context* ctx, void* stack, size_t size, ContextEntry entry, void* arg) {
  // The rest of the block serves both: context_swap() sets the Asyncify cap per park.
  size -= sizeof(FirstRun);
  auto* run = new (static_cast<char*>(stack) + size) FirstRun{entry, arg};
  emscripten_fiber_init(&ctx->fiber, first_run, run, stack, size, stack, size);
}

void context_swap(Context* from, Context* to) {
  if (!from->own_asyncify) {
    // A goroutine parks: its Asyncify data may fill its block up to the live
    // C stack. Nothing below this stack pointer is used until it resumes.
    from->fiber.asyncify_data.stack_limit = reinterpret_cast<void*>(emscripten_stack_get_current());
  }
  emscripten_fiber_swap(&from->fiber, &to->fiber);
}

void context_current(Context* ctx) {
  if (!ctx->own_asyncify) ctx->own_asyncify = std::malloc(kThreadAsyncifySize);
  emscripten_fiber_init_from_current_context(&ctx->fiber, ctx->own_asyncify, kThreadAsyncifySize);
}

}  // namespace goro::detail
#endif

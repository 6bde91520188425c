// context_emscripten: WebAssembly backend on Emscripten fibers (Asyncify).
//
// A switch unwinds the running call stack into the fiber's Asyncify buffer
// and rewinds the target's. The rewind ids are thread-local, so a started
// fiber must stay on the thread it first ran on (the scheduler pins it).
#include "fiber/context.hpp"

#if GORO_CONTEXT_EMSCRIPTEN
#include <cstdlib>

namespace goro::detail {
namespace {
// Asyncify saves one record per live wasm frame: the scheduler loop is shallow,
// goroutines get a quarter of their stack block.
constexpr size_t kThreadAsyncifySize = 64 << 10;
}  // namespace

Context::~Context() { std::free(own_asyncify); }

void context_make(Context* ctx, void* stack, size_t size, ContextEntry entry, void* arg) {
  // [stack, stack + size/4) holds Asyncify data; the rest is the C stack.
  size_t asyncify = size / 4;
  char* base = static_cast<char*>(stack);
  emscripten_fiber_init(&ctx->fiber, entry, arg, base + asyncify, size - asyncify, base, asyncify);
}

void context_swap(Context* from, Context* to) { emscripten_fiber_swap(&from->fiber, &to->fiber); }

void context_current(Context* ctx) {
  if (!ctx->own_asyncify) ctx->own_asyncify = std::malloc(kThreadAsyncifySize);
  emscripten_fiber_init_from_current_context(&ctx->fiber, ctx->own_asyncify, kThreadAsyncifySize);
}

}  // namespace goro::detail
#endif

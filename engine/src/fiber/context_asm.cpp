// context_asm: make/swap/current for the hand-written assembly backends.
#include "fiber/context.hpp"

#if GORO_CONTEXT_ASM
#include <cstdint>
#include <cstring>

#if GORO_TSAN
#include <sanitizer/tsan_interface.h>
#endif
#if GORO_ASAN
#include <pthread.h>
#include <sanitizer/asan_interface.h>
#include <sanitizer/common_interface_defs.h>
#endif

extern "C" void goro_context_swap(void** from_sp, void* to_sp);
extern "C" void goro_context_trampoline();

namespace goro::detail {

#if GORO_ASAN
namespace {
// asan_fiber_start() completes the switch AddressSanitizer was told about,
// then runs the fiber's real entry.
void asan_fiber_start(void* p) {
  auto* ctx = static_cast<Context*>(p);
  __sanitizer_finish_switch_fiber(nullptr, nullptr, nullptr);
  ctx->entry(ctx->arg);
}
}  // namespace
#endif

void context_make(Context* ctx, void* stack, size_t size, ContextEntry entry, void* arg) {
#if GORO_ASAN
  // A pooled stack still carries the shadow poison of the redzones of frames
  // that never returned (goroutines abandoned when main returned, or unwound
  // by a panic): clear it, or AddressSanitizer reports the new goroutine's
  // own frames as overflows.
  __asan_unpoison_memory_region(stack, size);
  ctx->stack_lo = stack;
  ctx->stack_size = size;
  ctx->entry = entry;
  ctx->arg = arg;
  entry = asan_fiber_start;
  arg = ctx;
#endif
  auto top = (reinterpret_cast<uintptr_t>(stack) + size) & ~uintptr_t{15};
#if defined(__x86_64__)
  // Layout popped by goro_context_swap, lowest address first: r15, r14,
  // r13, r12, rbx, rbp, return address. After the final ret the trampoline
  // runs with rsp 16-byte aligned, as its `call` requires.
  auto* sp = reinterpret_cast<uint64_t*>(top - 16 - 56);
  std::memset(sp, 0, 56 + 16);
  sp[2] = reinterpret_cast<uint64_t>(entry);  // r13
  sp[3] = reinterpret_cast<uint64_t>(arg);    // r12
  sp[6] = reinterpret_cast<uint64_t>(&goro_context_trampoline);
#elif defined(__aarch64__)
  // 176-byte frame: x19..x30 then d8..d15; x30 (lr) is the trampoline.
  auto* sp = reinterpret_cast<uint64_t*>(top - 176);
  std::memset(sp, 0, 176);
  sp[0] = reinterpret_cast<uint64_t>(arg);    // x19
  sp[1] = reinterpret_cast<uint64_t>(entry);  // x20
  sp[11] = reinterpret_cast<uint64_t>(&goro_context_trampoline);  // x30
#endif
  ctx->sp = sp;
#if GORO_TSAN
  if (!ctx->tsan_fiber) {
    ctx->tsan_fiber = __tsan_create_fiber(0);  // kept while the G is reused
    ctx->tsan_owned = true;
  }
#endif
}

void context_swap(Context* from, Context* to) {
#if GORO_TSAN
  __tsan_switch_to_fiber(to->tsan_fiber, 0);
#endif
#if GORO_ASAN
  void* fake_stack = nullptr;
  __sanitizer_start_switch_fiber(&fake_stack, to->stack_lo, to->stack_size);
  goro_context_swap(&from->sp, to->sp);
  __sanitizer_finish_switch_fiber(fake_stack, nullptr, nullptr);
#else
  goro_context_swap(&from->sp, to->sp);
#endif
}

// The thread's own stack needs no preparation: its sp is stored by the first
// swap away from it.
#if GORO_TSAN
Context::~Context() {
  if (tsan_owned) __tsan_destroy_fiber(tsan_fiber);
}
#endif

void context_current(Context* ctx) {
  ctx->sp = nullptr;
#if GORO_ASAN
  pthread_attr_t attr;
  if (pthread_getattr_np(pthread_self(), &attr) == 0) {
    void* lo = nullptr;
    size_t size = 0;
    pthread_attr_getstack(&attr, &lo, &size);
    ctx->stack_lo = lo;
    ctx->stack_size = size;
    pthread_attr_destroy(&attr);
  }
#endif
#if GORO_TSAN
  ctx->tsan_fiber = __tsan_get_current_fiber();
#endif
}

}  // namespace goro::detail
#endif

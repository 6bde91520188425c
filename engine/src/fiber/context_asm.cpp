// context_asm: make/swap/current for the hand-written assembly backends.
#include "fiber/context.hpp"

#if GORO_CONTEXT_ASM
#include <cstdint>
#include <cstring>

#if GORO_TSAN
#include <sanitizer/tsan_interface.h>
#endif

extern "C" void goro_context_swap(void** from_sp, void* to_sp);
extern "C" void goro_context_trampoline();

namespace goro::detail {

void context_make(Context* ctx, void* stack, size_t size, ContextEntry entry, void* arg) {
  auto top = (reinterpret_cast<uintptr_t>(stack) + size) & ~uintptr_t{15};
#if defined(__x86_64__)
  // Layout popped by goro_context_swap, lowest address first: control words,
  // r15, r14, r13, r12, rbx, rbp, return address. After the final ret the
  // trampoline runs with rsp 16-byte aligned, as its `call` requires.
  auto* sp = reinterpret_cast<uint64_t*>(top - 16 - 64);
  std::memset(sp, 0, 64 + 16);
  uint32_t mxcsr = 0x1F80;   // default SSE control: all exceptions masked
  uint16_t fpucw = 0x037F;   // default x87 control word
  std::memcpy(&sp[0], &mxcsr, 4);
  std::memcpy(reinterpret_cast<char*>(&sp[0]) + 4, &fpucw, 2);
  sp[3] = reinterpret_cast<uint64_t>(entry);  // r13
  sp[4] = reinterpret_cast<uint64_t>(arg);    // r12
  sp[7] = reinterpret_cast<uint64_t>(&goro_context_trampoline);
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
  goro_context_swap(&from->sp, to->sp);
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
#if GORO_TSAN
  ctx->tsan_fiber = __tsan_get_current_fiber();
#endif
}

}  // namespace goro::detail
#endif

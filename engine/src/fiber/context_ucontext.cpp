// context_ucontext: portable fallback backend on POSIX ucontext.
// Slow (swapcontext saves the signal mask with a syscall); used only where no
// assembly backend exists or when GORO_CONTEXT_UCONTEXT is defined.
#include "fiber/context.hpp"

#if GORO_CONTEXT_UCONTEXT
#include <cstdint>

namespace goro::detail {
namespace {
// makecontext passes int arguments only, so the pointers travel in halves.
void ucontext_entry(unsigned entry_hi, unsigned entry_lo, unsigned arg_hi, unsigned arg_lo) {
  auto join = [](unsigned hi, unsigned lo) { return (uint64_t{hi} << 32) | lo; };
  auto entry = reinterpret_cast<ContextEntry>(join(entry_hi, entry_lo));
  entry(reinterpret_cast<void*>(join(arg_hi, arg_lo)));
}
}  // namespace

void context_make(Context* ctx, void* stack, size_t size, ContextEntry entry, void* arg) {
  getcontext(&ctx->uc);
  ctx->uc.uc_stack.ss_sp = stack;
  ctx->uc.uc_stack.ss_size = size;
  ctx->uc.uc_link = nullptr;
  auto e = reinterpret_cast<uint64_t>(entry);
  auto a = reinterpret_cast<uint64_t>(arg);
  makecontext(&ctx->uc, reinterpret_cast<void (*)()>(&ucontext_entry), 4, unsigned(e >> 32),
              unsigned(e), unsigned(a >> 32), unsigned(a));
}

void context_swap(Context* from, Context* to) { swapcontext(&from->uc, &to->uc); }

void context_current(Context* ctx) { getcontext(&ctx->uc); }

}  // namespace goro::detail
#endif

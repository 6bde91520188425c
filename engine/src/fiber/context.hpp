// Context: the context-switch shim every goroutine switch goes through.
//
// Three functions, one backend per file, chosen here and nowhere else:
//   context_x86_64.S / context_aarch64.S + context_asm.cpp  hand-written asm (native default)
//   context_ucontext.cpp                                    portable fallback (GORO_CONTEXT_UCONTEXT)
//   context_emscripten.cpp                                  Emscripten fibers (Asyncify)
// glibc's swapcontext makes a sigprocmask syscall per switch (~226 ns here);
// the asm backend saves only callee-saved registers (~8 ns).
#pragma once

#include <cstddef>

#if defined(__EMSCRIPTEN__)
#include <emscripten/fiber.h>
#define GORO_CONTEXT_EMSCRIPTEN 1
#elif defined(GORO_CONTEXT_UCONTEXT) || !(defined(__x86_64__) || defined(__aarch64__))
#include <ucontext.h>
#undef GORO_CONTEXT_UCONTEXT
#define GORO_CONTEXT_UCONTEXT 1
#else
#define GORO_CONTEXT_ASM 1
#endif

#if defined(__SANITIZE_THREAD__)
#define GORO_TSAN 1
#endif
#if defined(__SANITIZE_ADDRESS__)
#define GORO_ASAN 1
#endif

namespace goro::detail {

using ContextEntry = void (*)(void* arg);

struct Context {
#if GORO_TSAN
  void* tsan_fiber = nullptr;  // ThreadSanitizer must be told about every stack switch
  bool tsan_owned = false;     // created by context_make (not a thread's own fiber)
  ~Context();
#endif
#if GORO_ASAN
  // AddressSanitizer must know which stack is live after every switch.
  const void* stack_lo = nullptr;
  size_t stack_size = 0;
  ContextEntry entry = nullptr;
  void* arg = nullptr;
#endif
#if GORO_CONTEXT_ASM
  void* sp = nullptr;  // saved stack pointer; registers live on the stack below it
#elif GORO_CONTEXT_UCONTEXT
  ucontext_t uc;
#elif GORO_CONTEXT_EMSCRIPTEN
  emscripten_fiber_t fiber;
  void* own_asyncify = nullptr;  // buffer owned by a context_current() context
  ~Context();
#endif
};

// context_make() prepares ctx so that the first context_swap() to it runs
// entry(arg) on [stack, stack + size). entry must never return: a goroutine
// ends by swapping away for the last time.
void context_make(Context* ctx, void* stack, size_t size, ContextEntry entry, void* arg);

// context_swap() saves the running execution into from and resumes to.
// It returns when something later swaps back to from.
void context_swap(Context* from, Context* to);

// context_current() makes ctx stand for the calling thread's own stack, so a
// thread can swap into goroutines and be swapped back to.
void context_current(Context* ctx);

}  // namespace goro::detail

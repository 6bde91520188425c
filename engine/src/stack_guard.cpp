#include "stack_guard.hpp"

#if !defined(__EMSCRIPTEN__)
#include <signal.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <mutex>

#include "runtime.hpp"

namespace goro::detail {
namespace {

constexpr size_t kAltStackSize = 64 << 10;
thread_local void* tls_altstack = nullptr;
struct sigaction previous_segv;
struct sigaction previous_bus;

void write_str(const char* s) { (void)!::write(2, s, std::strlen(s)); }

void on_fault(int sig, siginfo_t* info, void* uctx) {
  G* g = current_g();
  auto addr = reinterpret_cast<uintptr_t>(info->si_addr);
  if (g && g->stack.guarded) {
    auto lo = reinterpret_cast<uintptr_t>(g->stack.lo);
    size_t page = size_t(sysconf(_SC_PAGESIZE));
    if (addr >= lo - page && addr < lo + page) {
      // Only async-signal-safe calls from here on.
      char num[24];
      int n = 0;
      for (uint64_t v = g->id; v || n == 0; v /= 10) num[n++] = char('0' + v % 10);
      write_str("runtime: goroutine stack exceeds ");
      char sz[24];
      int m = 0;
      for (uint64_t v = g->stack.size; v || m == 0; v /= 10) sz[m++] = char('0' + v % 10);
      while (m) (void)!::write(2, &sz[--m], 1);
      write_str("-byte limit\nfatal error: stack overflow\n\ngoroutine ");
      while (n) (void)!::write(2, &num[--n], 1);
      write_str(" [running]:\n");
      _exit(2);
    }
  }
  // Not ours: hand the fault to whoever had it before (usually: crash).
  struct sigaction& prev = sig == SIGSEGV ? previous_segv : previous_bus;
  if (prev.sa_flags & SA_SIGINFO) {
    prev.sa_sigaction(sig, info, uctx);
  } else if (prev.sa_handler != SIG_IGN && prev.sa_handler != SIG_DFL) {
    prev.sa_handler(sig);
  } else {
    signal(sig, SIG_DFL);  // returning re-executes the faulting access, now fatal
  }
}

}  // namespace

void install_stack_guard() {
  static std::once_flag once;
  std::call_once(once, [] {
    struct sigaction sa {};
    sa.sa_sigaction = on_fault;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGSEGV, &sa, &previous_segv);
    sigaction(SIGBUS, &sa, &previous_bus);
  });
  if (!tls_altstack) {
    tls_altstack = std::malloc(kAltStackSize);
    stack_t ss{};
    ss.ss_sp = tls_altstack;
    ss.ss_size = kAltStackSize;
    sigaltstack(&ss, nullptr);
  }
}

void remove_stack_guard() {
  if (!tls_altstack) return;
  stack_t ss{};
  ss.ss_flags = SS_DISABLE;
  sigaltstack(&ss, nullptr);
  std::free(tls_altstack);
  tls_altstack = nullptr;
}

}  // namespace goro::detail
#else
namespace goro::detail {
void install_stack_guard() {}
void remove_stack_guard() {}
}  // namespace goro::detail
#endif

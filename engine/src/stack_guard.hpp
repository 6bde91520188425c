// Stack-overflow detection: a goroutine that runs into its guard page gets
// Go's "fatal error: stack overflow" instead of corrupting memory.
#pragma once

namespace goro::detail {

// install_stack_guard() sets up the fault handler (once per process) and an
// alternate signal stack for the calling worker thread. No-op in WebAssembly.
void install_stack_guard();
void remove_stack_guard();

}  // namespace goro::detail

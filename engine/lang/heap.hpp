// The interpreter's heap: every Go allocation (new, &T{}, make, append's
// growth, string bytes, interface boxes, closures, escaping variables).
//
// There is no collector yet: memory is returned when the run ends. A run
// that allocates more than its limit stops with Go's
// "fatal error: runtime: out of memory". The single allocation entry point
// is what a collector will hook later.
//
// Thread-safe: goroutines on several procs allocate concurrently.
#pragma once

#include <cstddef>
#include <cstdint>

#include "fatal.hpp"

namespace goro::lang::vm {

// OutOfMemory is thrown by heap_alloc() when a run goes past its byte limit
// (or the system refuses memory). It is a FatalError: the VM reports
// "fatal error: runtime: out of memory" and exits with status 2; deferred
// calls do not run and recover() does not see it, as in Go.
struct OutOfMemory : FatalError {
  OutOfMemory() : FatalError{"runtime: out of memory"} {}
};

// heap_alloc() returns n zeroed bytes aligned to 8 (16 when n >= 16).
// Throws OutOfMemory past the limit. n == 0 returns one shared non-null
// address, as Go's zerobase.
void* heap_alloc(size_t n);

// heap_reset() frees everything allocated since the last reset and sets the
// byte limit of the next run; only between runs. Until the first reset
// there is no limit.
void heap_reset(size_t limit);

// heap_allocated() is the bytes handed out since the last reset.
size_t heap_allocated();

}  // namespace goro::lang::vm

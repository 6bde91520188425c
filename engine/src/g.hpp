// G: one goroutine's record.
//
// Invariants:
//  - status is Runnable while g sits in exactly one run queue (a worker's
//    runnext/FIFO or the global queue), Running while a worker executes it,
//    Waiting while parked on some wait queue or timer, Dead once its function
//    returned or unwound. Only the goroutine itself moves Running->Waiting
//    (park) and Running->Dead; only ready() moves Waiting->Runnable.
//  - ctx is valid (saved) whenever status != Running and started is true;
//    the parking protocol releases the lock guarding g's wait queue only
//    after the switch, so no waker can resume g before ctx is saved.
//  - A G belongs to one Runtime; `all_prev/all_next` link it into the
//    runtime's list of live goroutines (for dumps and end-of-run cleanup).
#pragma once

#include <atomic>
#include <cstdint>
#include <string>

#include "fiber/context.hpp"
#include "goro/go.hpp"
#include "goro/site.hpp"
#include "goro/wait_reason.hpp"
#include "stack_pool.hpp"

namespace goro::detail {

struct Sudog;
class Worker;

enum class GStatus : uint8_t { Runnable, Running, Waiting, Dead };


struct G {
  uint64_t id = 0;
  Context ctx;
  Stack stack;
  GStatus status = GStatus::Runnable;
  bool started = false;
  bool abandoned = false;  // parked while unwinding at exit; its stack is leaked, never resumed

  // The function to run.
  const TaskVTable* task_vt = nullptr;
  void* task_obj = nullptr;  // points into task_buf or to a heap block
  alignas(16) unsigned char task_buf[64];

  // Identity for dumps and events.
  std::string label;        // "main.main" or a name given at `go`; empty: derived from go_site
  uint64_t parent_id = 0;
  std::string parent_label;
  Site go_site{nullptr, 0};
  // An interpreter's frame listing for reports (detail/traceback.hpp). It
  // belongs to goroutine traceback_gid: a reused record keeps a stale hook,
  // which the id check ignores, so reuse needs no clearing.
  std::string (*traceback)(void*) = nullptr;
  void* traceback_arg = nullptr;
  uint64_t traceback_gid = 0;

  // Blocking state, valid while Waiting.
  WaitReason wait_reason = WaitReason::None;
  Site wait_site{nullptr, 0};
  uint64_t wait_chan = 0;

  // Channel operations: the winning sudog of a select, set by the waker.
  Sudog* param = nullptr;
  // select_done arbitrates between channels racing to wake a selecting g.
  std::atomic<uint32_t> select_done{0};

  // Scheduling links.
  G* sched_next = nullptr;   // run queue link
  Worker* pinned = nullptr;  // WebAssembly: the worker a started fiber must stay on
  Worker* last_worker = nullptr;
  G* all_prev = nullptr;
  G* all_next = nullptr;
  G* free_next = nullptr;
};

}  // namespace goro::detail

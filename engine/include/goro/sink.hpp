// Sink: where a run's output and runtime events go.
//
// The playground's interleaved output, timeline and schedule explorer are all
// built on this stream. Calls are serialized by the runtime (one at a time,
// in sequence-number order), on whichever worker thread produced them; a Sink
// must not call back into the runtime.
#pragma once

#include <cstdint>
#include <string_view>

#include "goro/output.hpp"
#include "goro/site.hpp"
#include "goro/wait_reason.hpp"

namespace goro {

// OutputRecord is one write by a goroutine (goroutine 0: the runtime itself,
// e.g. the deadlock report is written by the runtime on behalf of no goroutine).
struct OutputRecord {
  uint64_t seq;
  int64_t time_ns;  // clock time since the run started (virtual or real)
  uint64_t goroutine;
  Stream stream;
  std::string_view bytes;
};

enum class EventKind : uint8_t {
  Go,        // goroutine `g` created `other`; text = child's label, site = the go statement
  Run,       // `g` started running on worker `other`
  Block,     // `g` blocked: reason, chan (0 if none), site
  Unblock,   // `g` made runnable by goroutine `other` (0: the runtime, e.g. a timer)
  Send,      // `g` sent on chan; other = receiving goroutine if handed off directly, else 0
  Recv,      // `g` received on chan; other = sending goroutine if handed off directly, else 0
  Close,     // `g` closed chan
  Select,    // `g`'s select chose case `select_case` (-1: default)
  Sleep,     // `g` sleeps until time_ns + duration_ns
  Wake,      // `g`'s sleep ended
  Exit,      // `g` returned
  Panic,     // `g` panicked; text = the report
  Deadlock,  // all goroutines asleep; text = the report
  Leak,      // `g` was still blocked when main returned (report_leaks)
};

const char* event_kind_string(EventKind k);

struct Event {
  uint64_t seq;
  int64_t time_ns;
  EventKind kind;
  uint64_t g = 0;
  uint64_t other = 0;
  uint64_t chan = 0;
  WaitReason reason = WaitReason::None;
  int select_case = -1;
  int64_t duration_ns = 0;
  Site site{nullptr, 0};
  std::string_view text;
};

class Sink {
 public:
  virtual ~Sink() = default;
  // output() receives every byte the program writes, in order.
  virtual void output(const OutputRecord& rec) = 0;
  // event() receives runtime events; the default ignores them.
  virtual void event(const Event&) {}
  // wants_events() lets a sink that only needs output skip event construction.
  virtual bool wants_events() const { return true; }
};

}  // namespace goro

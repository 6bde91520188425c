// WaitReason: why a goroutine is blocked, named as Go 1.19 prints it in a
// goroutine dump ("goroutine 2 [chan receive]:").
#pragma once

#include <cstdint>

namespace goro {

enum class WaitReason : uint8_t {
  None,
  ChanReceive,     // "chan receive"
  ChanSend,        // "chan send"
  ChanReceiveNil,  // "chan receive (nil chan)"
  ChanSendNil,     // "chan send (nil chan)"
  Select,          // "select"
  SelectNoCases,   // "select (no cases)"
  Semacquire,      // "semacquire": WaitGroup.Wait, Mutex.Lock, RWMutex
  Sleep,           // "sleep"
  Runnable,        // "runnable": ready but not running (leak reports)
};

// wait_reason_string() is the text Go prints between the brackets.
const char* wait_reason_string(WaitReason r);

}  // namespace goro

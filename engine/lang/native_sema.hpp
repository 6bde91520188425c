// Go's runtime semaphores and notify lists for the sync natives: queues of
// parked goroutines keyed by the address of a field of the Go struct (a
// Mutex's sema, a Cond's notify list), as Go's runtime semaphore table
// keys them, so the structs hold their whole state in their fields and
// copy as Go's do.
//
// A parked goroutine waits on a goro::WaitGroup of its own (wait reason
// "semacquire"), so the runtime's deadlock detection and reports see it.
#pragma once

#include <cstdint>

namespace goro::lang::vm::sema {

// acquire() is runtime_Semacquire(addr): waits until *addr > 0 and
// decrements it. lifo queues the goroutine first (a Mutex waiter that
// already waited once, Go's runtime_SemacquireMutex(addr, true)).
void acquire(uint32_t* addr, bool lifo);

// release() is runtime_Semrelease(addr, handoff): increments *addr and
// wakes the first waiter; with handoff the count goes straight to that
// waiter, and the caller yields to it (a starving Mutex's direct handoff).
void release(uint32_t* addr, bool handoff);

// notify_wait() is runtime_notifyListWait: blocks until ticket has been
// notified. wait and notify are the Go notifyList's two fields.
void notify_wait(uint32_t* wait, uint32_t* notify, uint32_t ticket);
// notify_one() / notify_all() are notifyListNotifyOne / NotifyAll.
void notify_one(uint32_t* wait, uint32_t* notify);
void notify_all(uint32_t* wait, uint32_t* notify);

}  // namespace goro::lang::vm::sema

// Package sync as Go 1.22 declares it: Mutex, RWMutex, WaitGroup, Once,
// OnceFunc/OnceValue/OnceValues, Cond, Map, Pool, Locker.
//
// Native: Mutex's and RWMutex's locking, WaitGroup's Add and Wait,
// Once.Do, the generic OnceValue and OnceValues, and the primitives Cond
// is built on (notifyList*, copyChecker.check). Go here: WaitGroup.Done,
// RWMutex.RLocker, OnceFunc, Cond's methods, Map and Pool (a mutex and a
// Go map or slice; Pool never drops what it holds).
//
// State lives in the structs' fields, never behind a hidden pointer, so
// copying a Mutex or a WaitGroup copies its state exactly as in Go (a
// WaitGroup passed by value is a separate counter). The natives keep their
// queues of blocked goroutines keyed by the address of the semaphore field
// (sema, writerSem, readerSem, notify), as Go's runtime semaphore table
// does. The fields are Go 1.22's, so %v of a struct holding them prints
// as Go's: a Mutex is {0 0}, a WaitGroup {{} {{} {} 0} 0}. What a field
// holds is the natives' choice (Mutex.state: locked bit and waiter count;
// WaitGroup.state: counter in the high 32 bits, waiters in the low 32).
package sync

import "sync/atomic"

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// noCopy may be added to structs which must not be copied after the first use (go vet's copylocks check).
type noCopy struct{}

// Lock is a no-op used by -copylocks checker from `go vet`.
func (*noCopy) Lock()   {}
func (*noCopy) Unlock() {}

// A Mutex is a mutual exclusion lock; the zero value is an unlocked mutex.
type Mutex struct {
	state int32
	sema  uint32
}

// Lock locks m; if the lock is already in use, the calling goroutine blocks until the mutex is available (native).
func (m *Mutex) Lock()

// TryLock tries to lock m and reports whether it succeeded (native).
func (m *Mutex) TryLock() bool

// Unlock unlocks m; it is a fatal error ("sync: unlock of unlocked mutex") if m is not locked (native).
func (m *Mutex) Unlock()

// A RWMutex is a reader/writer mutual exclusion lock; the zero value is an unlocked mutex.
type RWMutex struct {
	w           Mutex        // held if there are pending writers
	writerSem   uint32       // semaphore for writers to wait for completing readers
	readerSem   uint32       // semaphore for readers to wait for completing writers
	readerCount atomic.Int32 // number of pending readers
	readerWait  atomic.Int32 // number of departing readers
}

// RLock locks rw for reading (native).
func (rw *RWMutex) RLock()

// TryRLock tries to lock rw for reading and reports whether it succeeded (native).
func (rw *RWMutex) TryRLock() bool

// RUnlock undoes a single RLock call; it is a fatal error if rw is not locked for reading (native).
func (rw *RWMutex) RUnlock()

// Lock locks rw for writing (native).
func (rw *RWMutex) Lock()

// TryLock tries to lock rw for writing and reports whether it succeeded (native).
func (rw *RWMutex) TryLock() bool

// Unlock unlocks rw for writing; it is a fatal error if rw is not locked for writing (native).
func (rw *RWMutex) Unlock()

// RLocker returns a Locker interface that implements the Lock and Unlock methods by calling rw.RLock and rw.RUnlock.
func (rw *RWMutex) RLocker() Locker {
	return (*rlocker)(rw)
}

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }

// A WaitGroup waits for a collection of goroutines to finish.
type WaitGroup struct {
	noCopy noCopy

	state atomic.Uint64 // high 32 bits are counter, low 32 bits are waiter count.
	sema  uint32
}

// Add adds delta, which may be negative, to the WaitGroup counter; it
// panics ("sync: negative WaitGroup counter") if the counter goes negative (native).
func (wg *WaitGroup) Add(delta int)

// Done decrements the WaitGroup counter by one.
func (wg *WaitGroup) Done() {
	wg.Add(-1)
}

// Wait blocks until the WaitGroup counter is zero (native).
func (wg *WaitGroup) Wait()

// Once is an object that will perform exactly one action.
type Once struct {
	done atomic.Uint32
	m    Mutex
}

// Do calls the function f if and only if Do is being called for the first
// time for this instance of Once; a panicking f counts as done (native).
func (o *Once) Do(f func())

// OnceFunc returns a function that invokes f only once; if f panics, the
// returned function panics with the same value on every call.
func OnceFunc(f func()) func() {
	var (
		once     Once
		finished bool // f returned normally
		p        any  // what f panicked with
	)
	call := func() {
		defer func() {
			p = recover()
			if !finished {
				panic(p)
			}
		}()
		f()
		f = nil // let f's closure be collected
		finished = true
	}
	return func() {
		once.Do(call)
		if !finished {
			panic(p)
		}
	}
}

// OnceValue returns a function that invokes f only once and returns the value returned by f (native).
func OnceValue[T any](f func() T) func() T

// OnceValues returns a function that invokes f only once and returns the values returned by f (native).
func OnceValues[T1, T2 any](f func() (T1, T2)) func() (T1, T2)

// Cond implements a condition variable, a rendezvous point for goroutines
// waiting for or announcing the occurrence of an event.
type Cond struct {
	noCopy noCopy

	// L is held while observing or changing the condition
	L Locker

	notify  notifyList
	checker copyChecker
}

// notifyList is a ticket-based list of waiters: Wait takes the ticket
// wait, Signal serves ticket notify. The natives queue the blocked
// goroutines by the list's address.
type notifyList struct {
	wait   uint32
	notify uint32
}

// notifyListAdd takes the next ticket of l (native).
func notifyListAdd(l *notifyList) uint32

// notifyListWait blocks until ticket t of l has been notified (native).
func notifyListWait(l *notifyList, t uint32)

// notifyListNotifyOne wakes the waiter with the oldest unserved ticket, if any (native).
func notifyListNotifyOne(l *notifyList)

// notifyListNotifyAll wakes every waiter (native).
func notifyListNotifyAll(l *notifyList)

// copyChecker holds the Cond's address once it is used, to detect copies.
type copyChecker uintptr

// check panics with "sync.Cond is copied" if the Cond moved since its first use (native).
func (c *copyChecker) check()

// NewCond returns a new Cond with Locker l.
func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

// Wait atomically unlocks c.L and suspends execution of the calling
// goroutine; after later resuming, Wait locks c.L before returning.
func (c *Cond) Wait() {
	c.checker.check()
	// Take the ticket before unlocking, so a Signal between Unlock and
	// the wait still wakes this goroutine.
	t := notifyListAdd(&c.notify)
	c.L.Unlock()
	notifyListWait(&c.notify, t)
	c.L.Lock()
}

// Signal wakes one goroutine waiting on c, if there is any.
func (c *Cond) Signal() {
	c.checker.check()
	notifyListNotifyOne(&c.notify)
}

// Broadcast wakes all goroutines waiting on c.
func (c *Cond) Broadcast() {
	c.checker.check()
	notifyListNotifyAll(&c.notify)
}

// Map is like a Go map[any]any but is safe for concurrent use by multiple
// goroutines. Here it is a mutex and a map (Go's is lock-free on reads;
// only timing could tell).
type Map struct {
	mu Mutex
	m  map[any]any
}

// Load returns the value stored in the map for a key, or nil if no value is present.
func (m *Map) Load(key any) (value any, ok bool) {
	m.mu.Lock()
	value, ok = m.m[key]
	m.mu.Unlock()
	return
}

// Store sets the value for a key.
func (m *Map) Store(key, value any) {
	m.Swap(key, value)
}

// LoadOrStore returns the existing value for the key if present; otherwise it stores and returns the given value.
func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if actual, loaded = m.m[key]; loaded {
		return actual, true
	}
	m.set(key, value)
	return value, false
}

// LoadAndDelete deletes the value for a key, returning the previous value if any.
func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	m.mu.Lock()
	value, loaded = m.m[key]
	delete(m.m, key)
	m.mu.Unlock()
	return
}

// Delete deletes the value for a key.
func (m *Map) Delete(key any) {
	m.LoadAndDelete(key)
}

// Swap swaps the value for a key and returns the previous value if any.
func (m *Map) Swap(key, value any) (previous any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	previous, loaded = m.m[key]
	m.set(key, value)
	return
}

// CompareAndSwap swaps the old and new values for key if the value stored in the map is equal to old (old must be comparable).
func (m *Map) CompareAndSwap(key, old, new any) (swapped bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.m[key]; !ok || v != old {
		return false
	}
	m.m[key] = new
	return true
}

// CompareAndDelete deletes the entry for key if its value is equal to old (old must be comparable).
func (m *Map) CompareAndDelete(key, old any) (deleted bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.m[key]; !ok || v != old {
		return false
	}
	delete(m.m, key)
	return true
}

// Range calls f sequentially for each key and value present in the map,
// stopping if f returns false. f runs without the lock held, so it may
// call m's methods; entries it stores may or may not be visited.
func (m *Map) Range(f func(key, value any) bool) {
	m.mu.Lock()
	keys := make([]any, 0, len(m.m))
	values := make([]any, 0, len(m.m))
	for k, v := range m.m {
		keys = append(keys, k)
		values = append(values, v)
	}
	m.mu.Unlock()
	for i, k := range keys {
		if !f(k, values[i]) {
			return
		}
	}
}

// set stores value under key; m.mu must be held.
func (m *Map) set(key, value any) {
	if m.m == nil {
		m.m = make(map[any]any)
	}
	m.m[key] = value
}

// A Pool is a set of temporary objects that may be individually saved and
// retrieved. Here it is a mutex and a stack that is never emptied by the
// collector (Go's may drop items at any collection; programs cannot count on them).
type Pool struct {
	noCopy noCopy

	mu    Mutex
	items []any

	// New optionally specifies a function to generate a value when Get would otherwise return nil.
	New func() any
}

// Put adds x to the pool; nil is ignored.
func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.mu.Lock()
	p.items = append(p.items, x)
	p.mu.Unlock()
}

// Get selects an arbitrary item from the Pool, removes it from the Pool,
// and returns it to the caller; if there is none it returns p.New(), or nil.
func (p *Pool) Get() any {
	p.mu.Lock()
	if n := len(p.items); n > 0 {
		x := p.items[n-1]
		p.items[n-1] = nil
		p.items = p.items[:n-1]
		p.mu.Unlock()
		return x
	}
	p.mu.Unlock()
	if p.New != nil {
		return p.New()
	}
	return nil
}

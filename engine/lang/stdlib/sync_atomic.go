// Package sync/atomic as Go 1.22 declares it, less the unsafe.Pointer
// functions (the interpreter has no unsafe) and the generic type
// Pointer[T] (the checker supports generic functions in stubs, not
// generic types).
//
// Native: the functions (AddInt32, LoadInt64, CompareAndSwapUint32...)
// and the methods of Value (which must check that every stored value has
// the same dynamic type, as Go's does). Go here:
// the methods of Bool, Int32, Int64, Uint32, Uint64 and Uintptr, which
// call the functions on their v field, as Go's do.
//
// The types have Go's fields (_ noCopy, _ align64, v), so %v of a struct
// holding one prints as in Go ({{} 0}, {{} {} 0}), and copying one copies
// its value.
package atomic

// AddInt32 atomically adds delta to *addr and returns the new value (native).
func AddInt32(addr *int32, delta int32) (new int32)

// AddInt64 atomically adds delta to *addr and returns the new value (native).
func AddInt64(addr *int64, delta int64) (new int64)

// AddUint32 atomically adds delta to *addr and returns the new value (native).
func AddUint32(addr *uint32, delta uint32) (new uint32)

// AddUint64 atomically adds delta to *addr and returns the new value (native).
func AddUint64(addr *uint64, delta uint64) (new uint64)

// AddUintptr atomically adds delta to *addr and returns the new value (native).
func AddUintptr(addr *uintptr, delta uintptr) (new uintptr)

// CompareAndSwapInt32 executes the compare-and-swap operation for a int32 value (native).
func CompareAndSwapInt32(addr *int32, old, new int32) (swapped bool)

// CompareAndSwapInt64 executes the compare-and-swap operation for a int64 value (native).
func CompareAndSwapInt64(addr *int64, old, new int64) (swapped bool)

// CompareAndSwapUint32 executes the compare-and-swap operation for a uint32 value (native).
func CompareAndSwapUint32(addr *uint32, old, new uint32) (swapped bool)

// CompareAndSwapUint64 executes the compare-and-swap operation for a uint64 value (native).
func CompareAndSwapUint64(addr *uint64, old, new uint64) (swapped bool)

// CompareAndSwapUintptr executes the compare-and-swap operation for a uintptr value (native).
func CompareAndSwapUintptr(addr *uintptr, old, new uintptr) (swapped bool)

// LoadInt32 atomically loads *addr (native).
func LoadInt32(addr *int32) (val int32)

// LoadInt64 atomically loads *addr (native).
func LoadInt64(addr *int64) (val int64)

// LoadUint32 atomically loads *addr (native).
func LoadUint32(addr *uint32) (val uint32)

// LoadUint64 atomically loads *addr (native).
func LoadUint64(addr *uint64) (val uint64)

// LoadUintptr atomically loads *addr (native).
func LoadUintptr(addr *uintptr) (val uintptr)

// StoreInt32 atomically stores val into *addr (native).
func StoreInt32(addr *int32, val int32)

// StoreInt64 atomically stores val into *addr (native).
func StoreInt64(addr *int64, val int64)

// StoreUint32 atomically stores val into *addr (native).
func StoreUint32(addr *uint32, val uint32)

// StoreUint64 atomically stores val into *addr (native).
func StoreUint64(addr *uint64, val uint64)

// StoreUintptr atomically stores val into *addr (native).
func StoreUintptr(addr *uintptr, val uintptr)

// SwapInt32 atomically stores new into *addr and returns the previous *addr value (native).
func SwapInt32(addr *int32, new int32) (old int32)

// SwapInt64 atomically stores new into *addr and returns the previous *addr value (native).
func SwapInt64(addr *int64, new int64) (old int64)

// SwapUint32 atomically stores new into *addr and returns the previous *addr value (native).
func SwapUint32(addr *uint32, new uint32) (old uint32)

// SwapUint64 atomically stores new into *addr and returns the previous *addr value (native).
func SwapUint64(addr *uint64, new uint64) (old uint64)

// SwapUintptr atomically stores new into *addr and returns the previous *addr value (native).
func SwapUintptr(addr *uintptr, new uintptr) (old uintptr)

// noCopy may be embedded into structs which must not be copied after the first use (go vet's copylocks check).
type noCopy struct{}

// Lock is a no-op used by -copylocks checker from `go vet`.
func (*noCopy) Lock()   {}
func (*noCopy) Unlock() {}

// align64 may be added to structs that must be 64-bit aligned; nothing here.
type align64 struct{}

// A Bool is an atomic boolean value; the zero value is false.
type Bool struct {
	_ noCopy

	v uint32
}

// Load atomically loads and returns the value stored in x.
func (x *Bool) Load() bool { return LoadUint32(&x.v) != 0 }

// Store atomically stores val into x.
func (x *Bool) Store(val bool) { StoreUint32(&x.v, b32(val)) }

// Swap atomically stores new into x and returns the previous value.
func (x *Bool) Swap(new bool) (old bool) { return SwapUint32(&x.v, b32(new)) != 0 }

// CompareAndSwap executes the compare-and-swap operation for the boolean value x.
func (x *Bool) CompareAndSwap(old, new bool) (swapped bool) {
	return CompareAndSwapUint32(&x.v, b32(old), b32(new))
}

// b32 returns a uint32 0 or 1 representing b.
func b32(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}

// An Int32 is an atomic int32; the zero value is zero.
type Int32 struct {
	_ noCopy
	v int32
}

// Load atomically loads and returns the value stored in x.
func (x *Int32) Load() int32 { return LoadInt32(&x.v) }

// Store atomically stores val into x.
func (x *Int32) Store(val int32) { StoreInt32(&x.v, val) }

// Swap atomically stores new into x and returns the previous value.
func (x *Int32) Swap(new int32) (old int32) { return SwapInt32(&x.v, new) }

// CompareAndSwap executes the compare-and-swap operation for x.
func (x *Int32) CompareAndSwap(old, new int32) (swapped bool) {
	return CompareAndSwapInt32(&x.v, old, new)
}

// Add atomically adds delta to x and returns the new value.
func (x *Int32) Add(delta int32) (new int32) { return AddInt32(&x.v, delta) }

// An Int64 is an atomic int64; the zero value is zero.
type Int64 struct {
	_ noCopy
	_ align64
	v int64
}

// Load atomically loads and returns the value stored in x.
func (x *Int64) Load() int64 { return LoadInt64(&x.v) }

// Store atomically stores val into x.
func (x *Int64) Store(val int64) { StoreInt64(&x.v, val) }

// Swap atomically stores new into x and returns the previous value.
func (x *Int64) Swap(new int64) (old int64) { return SwapInt64(&x.v, new) }

// CompareAndSwap executes the compare-and-swap operation for x.
func (x *Int64) CompareAndSwap(old, new int64) (swapped bool) {
	return CompareAndSwapInt64(&x.v, old, new)
}

// Add atomically adds delta to x and returns the new value.
func (x *Int64) Add(delta int64) (new int64) { return AddInt64(&x.v, delta) }

// A Uint32 is an atomic uint32; the zero value is zero.
type Uint32 struct {
	_ noCopy
	v uint32
}

// Load atomically loads and returns the value stored in x.
func (x *Uint32) Load() uint32 { return LoadUint32(&x.v) }

// Store atomically stores val into x.
func (x *Uint32) Store(val uint32) { StoreUint32(&x.v, val) }

// Swap atomically stores new into x and returns the previous value.
func (x *Uint32) Swap(new uint32) (old uint32) { return SwapUint32(&x.v, new) }

// CompareAndSwap executes the compare-and-swap operation for x.
func (x *Uint32) CompareAndSwap(old, new uint32) (swapped bool) {
	return CompareAndSwapUint32(&x.v, old, new)
}

// Add atomically adds delta to x and returns the new value.
func (x *Uint32) Add(delta uint32) (new uint32) { return AddUint32(&x.v, delta) }

// A Uint64 is an atomic uint64; the zero value is zero.
type Uint64 struct {
	_ noCopy
	_ align64
	v uint64
}

// Load atomically loads and returns the value stored in x.
func (x *Uint64) Load() uint64 { return LoadUint64(&x.v) }

// Store atomically stores val into x.
func (x *Uint64) Store(val uint64) { StoreUint64(&x.v, val) }

// Swap atomically stores new into x and returns the previous value.
func (x *Uint64) Swap(new uint64) (old uint64) { return SwapUint64(&x.v, new) }

// CompareAndSwap executes the compare-and-swap operation for x.
func (x *Uint64) CompareAndSwap(old, new uint64) (swapped bool) {
	return CompareAndSwapUint64(&x.v, old, new)
}

// Add atomically adds delta to x and returns the new value.
func (x *Uint64) Add(delta uint64) (new uint64) { return AddUint64(&x.v, delta) }

// A Uintptr is an atomic uintptr; the zero value is zero.
type Uintptr struct {
	_ noCopy
	v uintptr
}

// Load atomically loads and returns the value stored in x.
func (x *Uintptr) Load() uintptr { return LoadUintptr(&x.v) }

// Store atomically stores val into x.
func (x *Uintptr) Store(val uintptr) { StoreUintptr(&x.v, val) }

// Swap atomically stores new into x and returns the previous value.
func (x *Uintptr) Swap(new uintptr) (old uintptr) { return SwapUintptr(&x.v, new) }

// CompareAndSwap executes the compare-and-swap operation for x.
func (x *Uintptr) CompareAndSwap(old, new uintptr) (swapped bool) {
	return CompareAndSwapUintptr(&x.v, old, new)
}

// Add atomically adds delta to x and returns the new value.
func (x *Uintptr) Add(delta uintptr) (new uintptr) { return AddUintptr(&x.v, delta) }

// A Value provides an atomic load and store of a consistently typed value;
// the zero value returns nil from Load. Its methods are native: they panic
// as Go's do on a nil value or a value of a different type.
type Value struct {
	v any
}

// Load returns the value set by the most recent Store, or nil if there has been no call to Store (native).
func (v *Value) Load() (val any)

// Store sets the value of the Value v to val (native).
func (v *Value) Store(val any)

// Swap stores new into Value and returns the previous value, or nil if the Value is empty (native).
func (v *Value) Swap(new any) (old any)

// CompareAndSwap executes the compare-and-swap operation for the Value (native).
func (v *Value) CompareAndSwap(old, new any) (swapped bool)

// Package runtime, the part a program uses to look at its goroutines:
// Gosched, Goexit, NumGoroutine, GOMAXPROCS, NumCPU, GC, Caller, Version,
// KeepAlive, the Error interface and the GOOS, GOARCH, Compiler constants.
//
// Native: every function (they are the scheduler's). KeepAlive is Go (a
// no-op: the interpreter's collector sees every live value).
//
// GOOS and GOARCH are "linux" and "amd64", what go.dev/play reports, so a
// program prints what it prints there, whatever machine runs the
// interpreter. GC runs no collection a program can observe; MemStats and
// ReadMemStats are left out.
package runtime

// GOOS is the running program's operating system target, as the playground reports it.
const GOOS string = "linux"

// GOARCH is the running program's architecture target, as the playground reports it.
const GOARCH string = "amd64"

// Compiler is the name of the compiler toolchain that built the running binary.
const Compiler = "gc"

// Error identifies a run time error, such as an index out of range or a nil map write.
type Error interface {
	error

	// RuntimeError is a no-op function but serves to distinguish types that are run time errors.
	RuntimeError()
}

// Gosched yields the processor, allowing other goroutines to run (native).
func Gosched()

// Goexit terminates the goroutine that calls it after running its deferred calls (native).
func Goexit()

// NumGoroutine returns the number of goroutines that currently exist (native).
func NumGoroutine() int

// GOMAXPROCS sets the maximum number of CPUs that can be executing simultaneously and returns the previous setting; n < 1 does not change it (native).
func GOMAXPROCS(n int) int

// NumCPU returns the number of logical CPUs usable by the current process (native).
func NumCPU() int

// GC runs a garbage collection (native; nothing a program can observe).
func GC()

// Caller reports file and line number information about function invocations on the calling goroutine's stack (native).
func Caller(skip int) (pc uintptr, file string, line int, ok bool)

// Version returns the Go version the interpreter follows, "go1.22" and a suffix (native).
func Version() string

// KeepAlive marks its argument as currently reachable.
func KeepAlive(x any) {}

// Stack formats a stack trace of the calling goroutine into buf and returns the number of bytes written (native).
func Stack(buf []byte, all bool) int

// Package math/rand as Go 1.22 declares it, less Zipf.
//
// Native: every function and method but NewSource, so that a Rand built on
// rand.NewSource(seed) yields Go's exact sequence (Go's additive lagged
// Fibonacci source and Go's derivations: Intn, Float64, Perm, Shuffle...).
// A Rand over a Source of the program's own calls its Int63 (and Uint64).
//
// Differs from Go: the top-level functions draw from a generator seeded
// from the run's seed (so a run is reproducible), where Go 1.20+ seeds it
// randomly; Seed reseeds it as in Go.
package rand

// A Source represents a source of uniformly-distributed pseudo-random int64 values in the range [0, 1<<63).
type Source interface {
	Int63() int64
	Seed(seed int64)
}

// A Source64 is a Source that can also generate uniformly-distributed pseudo-random uint64 values.
type Source64 interface {
	Source
	Uint64() uint64
}

// rngLen is the length of Go's generator state.
const rngLen = 607

// rngSource is NewSource's generator, with Go's state layout.
type rngSource struct {
	tap  int           // index into vec
	feed int           // index into vec
	vec  [rngLen]int64 // current feedback register
}

// Seed initializes the source to a deterministic state (native).
func (rng *rngSource) Seed(seed int64)

// Int63 returns a non-negative pseudo-random 63-bit integer as an int64 (native).
func (rng *rngSource) Int63() int64

// Uint64 returns a pseudo-random 64-bit value as a uint64 (native).
func (rng *rngSource) Uint64() uint64

// NewSource returns a new pseudo-random Source seeded with the given value; it is not safe for concurrent use.
func NewSource(seed int64) Source {
	rng := new(rngSource)
	rng.Seed(seed)
	return rng
}

// A Rand is a source of random numbers; its fields are Go's.
type Rand struct {
	src Source
	s64 Source64 // non-nil if src is a Source64

	// Read's leftover bytes: readVal holds them, readPos how many remain.
	readVal int64
	readPos int
}

// New returns a new Rand that uses random values from src to generate other random values.
func New(src Source) *Rand {
	s64, _ := src.(Source64)
	return &Rand{src: src, s64: s64}
}

// Seed uses the provided seed value to initialize the generator to a deterministic state (native).
func (r *Rand) Seed(seed int64)

// Int63 returns a non-negative pseudo-random 63-bit integer as an int64 (native).
func (r *Rand) Int63() int64

// Uint32 returns a pseudo-random 32-bit value as a uint32 (native).
func (r *Rand) Uint32() uint32

// Uint64 returns a pseudo-random 64-bit value as a uint64 (native).
func (r *Rand) Uint64() uint64

// Int31 returns a non-negative pseudo-random 31-bit integer as an int32 (native).
func (r *Rand) Int31() int32

// Int returns a non-negative pseudo-random int (native).
func (r *Rand) Int() int

// Int63n returns, as an int64, a non-negative pseudo-random number in the half-open interval [0,n); it panics if n <= 0 (native).
func (r *Rand) Int63n(n int64) int64

// Int31n returns, as an int32, a non-negative pseudo-random number in the half-open interval [0,n); it panics if n <= 0 (native).
func (r *Rand) Int31n(n int32) int32

// Intn returns, as an int, a non-negative pseudo-random number in the half-open interval [0,n); it panics if n <= 0 (native).
func (r *Rand) Intn(n int) int

// Float64 returns, as a float64, a pseudo-random number in the half-open interval [0.0,1.0) (native).
func (r *Rand) Float64() float64

// Float32 returns, as a float32, a pseudo-random number in the half-open interval [0.0,1.0) (native).
func (r *Rand) Float32() float32

// Perm returns, as a slice of n ints, a pseudo-random permutation of the integers in the half-open interval [0,n) (native).
func (r *Rand) Perm(n int) []int

// Shuffle pseudo-randomizes the order of elements; swap swaps the elements with indexes i and j (native).
func (r *Rand) Shuffle(n int, swap func(i, j int))

// Read generates len(p) random bytes and writes them into p; it always returns len(p) and a nil error (native).
func (r *Rand) Read(p []byte) (n int, err error)

// NormFloat64 returns a normally distributed float64 in the range [-math.MaxFloat64, +math.MaxFloat64] with mean 0 and standard deviation 1 (native).
func (r *Rand) NormFloat64() float64

// ExpFloat64 returns an exponentially distributed float64 in the range (0, +math.MaxFloat64] with rate parameter 1 and mean 1 (native).
func (r *Rand) ExpFloat64() float64

// Seed seeds the top-level generator (deprecated in Go, still honoured) (native).
func Seed(seed int64)

// Int63 returns a non-negative pseudo-random 63-bit integer as an int64 from the top-level generator (native).
func Int63() int64

// Uint32 returns a pseudo-random 32-bit value as a uint32 from the top-level generator (native).
func Uint32() uint32

// Uint64 returns a pseudo-random 64-bit value as a uint64 from the top-level generator (native).
func Uint64() uint64

// Int31 returns a non-negative pseudo-random 31-bit integer as an int32 from the top-level generator (native).
func Int31() int32

// Int returns a non-negative pseudo-random int from the top-level generator (native).
func Int() int

// Int63n returns, as an int64, a non-negative pseudo-random number in [0,n) from the top-level generator (native).
func Int63n(n int64) int64

// Int31n returns, as an int32, a non-negative pseudo-random number in [0,n) from the top-level generator (native).
func Int31n(n int32) int32

// Intn returns, as an int, a non-negative pseudo-random number in [0,n) from the top-level generator (native).
func Intn(n int) int

// Float64 returns, as a float64, a pseudo-random number in [0.0,1.0) from the top-level generator (native).
func Float64() float64

// Float32 returns, as a float32, a pseudo-random number in [0.0,1.0) from the top-level generator (native).
func Float32() float32

// Perm returns, as a slice of n ints, a pseudo-random permutation of [0,n) from the top-level generator (native).
func Perm(n int) []int

// Shuffle pseudo-randomizes the order of elements using the top-level generator (native).
func Shuffle(n int, swap func(i, j int))

// Read generates len(p) random bytes from the top-level generator (deprecated in Go) (native).
func Read(p []byte) (n int, err error)

// NormFloat64 returns a normally distributed float64 from the top-level generator (native).
func NormFloat64() float64

// ExpFloat64 returns an exponentially distributed float64 from the top-level generator (native).
func ExpFloat64() float64

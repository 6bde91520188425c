// Package math/rand's natives (stdlib/math_rand.go): Go's additive lagged
// Fibonacci generator (rng.go) and Rand's derivations (rand.go, exp.go,
// normal.go), so that a Rand on rand.NewSource(seed) yields Go's exact
// numbers, and a Rand on a Source of the program's own calls its methods
// as Go's would.
//
// The top-level functions draw, as Go 1.20+'s do, from a generator nobody
// seeded: here goro's per-run source (seeded from the run's seed, so a run
// is reproducible). After rand.Seed(s) they follow NewSource(s) exactly, as
// in Go. Each run has its own top-level generator (native_run_state.hpp).
//
// Memory layouts (the stub's structs, Go's field order):
//   rngSource {tap int @0; feed int @8; vec [607]int64 @16}
//   Rand      {src Source @0; s64 Source64 @16; readVal int64 @32; readPos int @40}
#include <mutex>

#include "go_math.hpp"
#include "goro/rand.hpp"
#include "native_run_state.hpp"
#include "native_support.hpp"
#include "native_tables.hpp"

namespace goro::lang::vm {

namespace gorand {
extern const int64_t k_rngCooked[607];
extern const uint32_t k_ke[256];
extern const float k_we[256];
extern const float k_fe[256];
extern const uint32_t k_kn[128];
extern const float k_wn[128];
extern const float k_fn[128];
}  // namespace gorand

namespace {

using namespace native;
using namespace gorand;

constexpr int64_t kRngLen = 607;
constexpr int64_t kRngTap = 273;
constexpr uint64_t kRngMask = (uint64_t(1) << 63) - 1;
constexpr int32_t kInt32Max = (1 << 30) - 1 + (1 << 30);

// Rng is rngSource's memory layout.
struct Rng {
  int64_t tap;
  int64_t feed;
  int64_t vec[kRngLen];
};
static_assert(sizeof(Rng) == 16 + 8 * kRngLen, "rngSource's layout");

int32_t seedrand(int32_t x) {
  constexpr int32_t A = 48271, Q = 44488, R = 3399;
  const int32_t hi = x / Q, lo = x % Q;
  x = A * lo - R * hi;
  if (x < 0) x += kInt32Max;
  return x;
}

void rng_seed(Rng& rng, int64_t seed) {
  rng.tap = 0;
  rng.feed = kRngLen - kRngTap;
  seed %= kInt32Max;
  if (seed < 0) seed += kInt32Max;
  if (seed == 0) seed = 89482311;
  int32_t x = int32_t(seed);
  for (int64_t i = -20; i < kRngLen; ++i) {
    x = seedrand(x);
    if (i >= 0) {
      int64_t u = int64_t(x) << 40;
      x = seedrand(x);
      u ^= int64_t(x) << 20;
      x = seedrand(x);
      u ^= int64_t(x);
      u ^= k_rngCooked[i];
      rng.vec[i] = u;
    }
  }
}

uint64_t rng_uint64(Rng& rng) {
  if (--rng.tap < 0) rng.tap += kRngLen;
  if (--rng.feed < 0) rng.feed += kRngLen;
  const int64_t x = int64_t(uint64_t(rng.vec[rng.feed]) + uint64_t(rng.vec[rng.tap]));
  rng.vec[rng.feed] = x;
  return uint64_t(x);
}

Rng& rng_at(void* p) {
  if (p == nullptr) panic_nil();
  return *static_cast<Rng*>(p);
}

// ---- sources

// Source is what Rand's methods draw from: Go's Rand with its src, s64,
// readVal and readPos.
class Source {
 public:
  virtual ~Source() = default;
  virtual int64_t int63() = 0;
  virtual uint64_t uint64() = 0;  // Rand.Uint64: s64's, or two Int63s
  virtual int64_t& read_val() = 0;
  virtual int64_t& read_pos() = 0;
};

// RandSource is a *Rand's src.
class RandSource : public Source {
 public:
  RandSource(Thread& t, char* r) : t_(t), r_(r) {
    if (r == nullptr) panic_nil();
    src_ = load_iface(r);
    s64_ = load_iface(r + 16);
    native_ = src_.type != nullptr && src_.type->name == "*rand.rngSource";
  }
  int64_t int63() override {
    if (native_) return int64_t(rng_uint64(rng_at(src_.data)) & kRngMask);
    return call_int(src_, "Int63");
  }
  uint64_t uint64() override {
    if (s64_.type != nullptr) {
      if (s64_.type->name == "*rand.rngSource") return rng_uint64(rng_at(s64_.data));
      return uint64_t(call_int(s64_, "Uint64"));
    }
    const uint64_t a = uint64_t(int63()) >> 31;
    return a | uint64_t(int63()) << 32;
  }
  int64_t& read_val() override { return *reinterpret_cast<int64_t*>(r_ + 32); }
  int64_t& read_pos() override { return *reinterpret_cast<int64_t*>(r_ + 40); }

  void seed(int64_t seed) {
    if (native_) {
      rng_seed(rng_at(src_.data), seed);
    } else {
      Slot recv[2];
      put_iface(recv, src_);
      Slot regs[2];
      const Proto* m = lookup_method(recv, "Seed", &regs[0]);
      regs[1].i = seed;
      call(t_, m, nullptr, regs);
    }
    read_pos() = 0;
  }

 private:
  Thread& t_;
  char* r_;
  Iface src_, s64_;
  bool native_;

  int64_t call_int(Iface v, const char* name) {
    Slot recv[2];
    put_iface(recv, v);
    Slot regs[2];
    const Proto* m = lookup_method(recv, name, &regs[0]);
    call(t_, m, nullptr, regs);
    return regs[0].i;
  }
};

// Global is the run's top-level generator.
struct Global {
  std::mutex mu;
  bool seeded = false;  // GUARDED_BY(mu); false: goro's run source (Go's runtimeSource)
  Rng rng;              // GUARDED_BY(mu)
  int64_t read_val = 0;
  int64_t read_pos = 0;
};
const char kGlobalTag = 0;

class GlobalSource : public Source {
 public:
  explicit GlobalSource(Thread& t) : g_(run_local<Global>(t, &kGlobalTag)) {}
  int64_t int63() override { return int64_t(uint64() & kRngMask); }
  uint64_t uint64() override {
    std::lock_guard<std::mutex> lock(g_.mu);
    return g_.seeded ? rng_uint64(g_.rng) : goro::rand::uint64();
  }
  int64_t& read_val() override { return g_.read_val; }
  int64_t& read_pos() override { return g_.read_pos; }
  void seed(int64_t seed) {
    std::lock_guard<std::mutex> lock(g_.mu);
    g_.seeded = true;
    rng_seed(g_.rng, seed);
    g_.read_pos = 0;
  }

 private:
  Global& g_;
};

// ---- Rand's methods over a Source (rand.go)

uint32_t uint32_(Source& s) { return uint32_t(s.int63() >> 31); }
int32_t int31(Source& s) { return int32_t(s.int63() >> 32); }
int64_t int_(Source& s) { return int64_t(uint64_t(s.int63()) << 1 >> 1); }

int64_t int63n(Source& s, int64_t n) {
  if (n <= 0) panic_string("invalid argument to Int63n");
  if ((n & (n - 1)) == 0) return s.int63() & (n - 1);
  const int64_t max = int64_t((uint64_t(1) << 63) - 1 - (uint64_t(1) << 63) % uint64_t(n));
  int64_t v = s.int63();
  while (v > max) v = s.int63();
  return v % n;
}

int32_t int31n(Source& s, int32_t n) {
  if (n <= 0) panic_string("invalid argument to Int31n");
  if ((n & (n - 1)) == 0) return int31(s) & (n - 1);
  const int32_t max = int32_t((uint32_t(1) << 31) - 1 - (uint32_t(1) << 31) % uint32_t(n));
  int32_t v = int31(s);
  while (v > max) v = int31(s);
  return v % n;
}

// int31n_lemire() is Go's unexported int31n (Shuffle's).
int32_t int31n_lemire(Source& s, int32_t n) {
  uint32_t v = uint32_(s);
  uint64_t prod = uint64_t(v) * uint64_t(n);
  uint32_t low = uint32_t(prod);
  if (low < uint32_t(n)) {
    const uint32_t thresh = uint32_t(-n) % uint32_t(n);
    while (low < thresh) {
      v = uint32_(s);
      prod = uint64_t(v) * uint64_t(n);
      low = uint32_t(prod);
    }
  }
  return int32_t(prod >> 32);
}

int64_t intn(Source& s, int64_t n) {
  if (n <= 0) panic_string("invalid argument to Intn");
  if (n <= kInt32Max) return int31n(s, int32_t(n));
  return int63n(s, n);
}

double float64_(Source& s) {
  for (;;) {
    const double f = double(s.int63()) / 9223372036854775808.0;
    if (f != 1) return f;
  }
}

double float32_(Source& s) {
  for (;;) {
    const float f = float(float64_(s));
    if (f != 1) return double(f);
  }
}

SliceHeader perm(Source& s, int64_t n) {
  if (n < 0) panic_runtime_error("makeslice: len out of range");
  auto* m = static_cast<int64_t*>(heap_alloc(size_t(n) * 8));
  for (int64_t i = 0; i < n; ++i) {
    const int64_t j = intn(s, i + 1);
    m[i] = m[j];
    m[j] = i;
  }
  return {m, n, n};
}

void shuffle(Thread& t, Source& s, int64_t n, const Slot& swap) {
  if (n < 0) panic_string("invalid argument to Shuffle");
  auto call_swap = [&](int64_t i, int64_t j) {
    const Closure* cl = closure_of(swap);
    CallRegs regs(cl->fn, 2);
    regs[0].i = i;
    regs[1].i = j;
    call_func(t, cl, regs.get());
  };
  int64_t i = n - 1;
  for (; i > int64_t(kInt32Max) - 1; --i) call_swap(i, int63n(s, i + 1));
  for (; i > 0; --i) call_swap(i, int31n_lemire(s, int32_t(i + 1)));
}

int64_t read(Source& s, SliceHeader p) {
  int64_t pos = s.read_pos(), val = s.read_val();
  auto* b = static_cast<uint8_t*>(p.data);
  for (int64_t n = 0; n < p.len; ++n) {
    if (pos == 0) {
      val = s.int63();
      pos = 7;
    }
    b[n] = uint8_t(val);
    val >>= 8;
    --pos;
  }
  s.read_pos() = pos;
  s.read_val() = val;
  return p.len;
}

double norm_float64(Source& s) {
  constexpr double rn = 3.442619855899;
  for (;;) {
    const int32_t j = int32_t(uint32_(s));
    const int32_t i = j & 0x7F;
    double x = double(j) * double(k_wn[i]);
    const uint32_t absj = j < 0 ? uint32_t(-int64_t(j)) : uint32_t(j);
    if (absj < k_kn[i]) return x;
    if (i == 0) {
      for (;;) {
        x = -gomath::Log(float64_(s)) * (1.0 / rn);
        const double y = -gomath::Log(float64_(s));
        if (y + y >= x * x) break;
      }
      return j > 0 ? rn + x : -rn - x;
    }
    if (k_fn[i] + float(float64_(s)) * (k_fn[i - 1] - k_fn[i]) < float(gomath::Exp(-.5 * x * x))) return x;
  }
}

double exp_float64(Source& s) {
  constexpr double re = 7.69711747013104972;
  for (;;) {
    const uint32_t j = uint32_(s);
    const uint32_t i = j & 0xFF;
    const double x = double(j) * double(k_we[i]);
    if (j < k_ke[i]) return x;
    if (i == 0) return re - gomath::Log(float64_(s));
    if (k_fe[i] + float(float64_(s)) * (k_fe[i - 1] - k_fe[i]) < float(gomath::Exp(-x))) return x;
  }
}

// ---- the natives: (*rngSource), (*Rand) methods and top-level functions

void rng_seed_(Thread&, Slot* r) { rng_seed(rng_at(r[0].p), r[1].i); }
void rng_int63(Thread&, Slot* r) { r[0].i = int64_t(rng_uint64(rng_at(r[0].p)) & kRngMask); }
void rng_uint64_(Thread&, Slot* r) { r[0].u = rng_uint64(rng_at(r[0].p)); }

char* rand_at(const Slot& s) { return static_cast<char*>(s.p); }

// On a *Rand, arguments follow the receiver; top-level, they start at r[0].
#define RAND_METHOD(name, body)                 \
  void rand_##name(Thread& t, Slot* r) {        \
    RandSource s(t, rand_at(r[0]));             \
    Slot* a = r + 1;                            \
    (void)t, (void)a;                           \
    body;                                       \
  }                                             \
  void top_##name(Thread& t, Slot* r) {         \
    GlobalSource s(t);                          \
    Slot* a = r;                                \
    (void)t, (void)a;                           \
    body;                                       \
  }

RAND_METHOD(int63, r[0].i = s.int63())
RAND_METHOD(uint32, r[0].u = uint32_(s))
RAND_METHOD(uint64, r[0].u = s.uint64())
RAND_METHOD(int31, r[0].i = int31(s))
RAND_METHOD(int, r[0].i = int_(s))
RAND_METHOD(int63n, r[0].i = int63n(s, a[0].i))
RAND_METHOD(int31n, r[0].i = int31n(s, int32_t(a[0].i)))
RAND_METHOD(intn, r[0].i = intn(s, a[0].i))
RAND_METHOD(float64, r[0].f = float64_(s))
RAND_METHOD(float32, r[0].f = float32_(s))
RAND_METHOD(perm, put_slice(r, perm(s, a[0].i)))
RAND_METHOD(shuffle, shuffle(t, s, a[0].i, a[1]))
RAND_METHOD(norm_float64, r[0].f = norm_float64(s))
RAND_METHOD(exp_float64, r[0].f = exp_float64(s))
RAND_METHOD(read, {
  r[0].i = read(s, arg_slice(a));
  put_nil_iface(r + 1);
})
#undef RAND_METHOD

void rand_seed(Thread& t, Slot* r) { RandSource(t, rand_at(r[0])).seed(r[1].i); }
void top_seed(Thread& t, Slot* r) { GlobalSource(t).seed(r[0].i); }

constexpr NativeDef kNatives[] = {
    {"math/rand.(*Rand).ExpFloat64", rand_exp_float64},
    {"math/rand.(*Rand).Float32", rand_float32},
    {"math/rand.(*Rand).Float64", rand_float64},
    {"math/rand.(*Rand).Int", rand_int},
    {"math/rand.(*Rand).Int31", rand_int31},
    {"math/rand.(*Rand).Int31n", rand_int31n},
    {"math/rand.(*Rand).Int63", rand_int63},
    {"math/rand.(*Rand).Int63n", rand_int63n},
    {"math/rand.(*Rand).Intn", rand_intn},
    {"math/rand.(*Rand).NormFloat64", rand_norm_float64},
    {"math/rand.(*Rand).Perm", rand_perm},
    {"math/rand.(*Rand).Read", rand_read},
    {"math/rand.(*Rand).Seed", rand_seed},
    {"math/rand.(*Rand).Shuffle", rand_shuffle},
    {"math/rand.(*Rand).Uint32", rand_uint32},
    {"math/rand.(*Rand).Uint64", rand_uint64},
    {"math/rand.(*rngSource).Int63", rng_int63},
    {"math/rand.(*rngSource).Seed", rng_seed_},
    {"math/rand.(*rngSource).Uint64", rng_uint64_},
    {"math/rand.ExpFloat64", top_exp_float64},
    {"math/rand.Float32", top_float32},
    {"math/rand.Float64", top_float64},
    {"math/rand.Int", top_int},
    {"math/rand.Int31", top_int31},
    {"math/rand.Int31n", top_int31n},
    {"math/rand.Int63", top_int63},
    {"math/rand.Int63n", top_int63n},
    {"math/rand.Intn", top_intn},
    {"math/rand.NormFloat64", top_norm_float64},
    {"math/rand.Perm", top_perm},
    {"math/rand.Read", top_read},
    {"math/rand.Seed", top_seed},
    {"math/rand.Shuffle", top_shuffle},
    {"math/rand.Uint32", top_uint32},
    {"math/rand.Uint64", top_uint64},
};

}  // namespace

std::span<const NativeDef> natives_math_rand() { return kNatives; }

}  // namespace goro::lang::vm

// The per-run math/rand source (see goro/rand.hpp). Invariant: a run's
// source is touched only under Runtime::rand_lock; its state starts from
// Options::seed when the run starts, so equal seeds draw equal numbers.
#include "goro/rand.hpp"

#include "goro/goroutine.hpp"
#include "runtime.hpp"

namespace goro::detail {

// RandSource is xoshiro256** seeded through splitmix64: small, fast, and
// good enough that no program can tell it from Go's.
void RandSource::seed(uint64_t s) {
  for (uint64_t& word : state) {
    s += 0x9E3779B97F4A7C15ULL;
    uint64_t z = s;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    word = z ^ (z >> 31);
  }
}

uint64_t RandSource::next() {
  auto rotl = [](uint64_t x, int k) { return (x << k) | (x >> (64 - k)); };
  uint64_t result = rotl(state[1] * 5, 7) * 9;
  uint64_t t = state[1] << 17;
  state[2] ^= state[0];
  state[3] ^= state[1];
  state[1] ^= state[2];
  state[0] ^= state[3];
  state[2] ^= t;
  state[3] = rotl(state[3], 45);
  return result;
}

namespace {

// with_source() runs fn on the current run's source, or on this thread's
// own when called outside goro::run.
template <class Fn>
auto with_source(Fn fn) {
  if (Runtime* rt = current_runtime()) {
    rt->rand_lock.lock();
    auto v = fn(rt->rand);
    rt->rand_lock.unlock();
    return v;
  }
  thread_local RandSource local = [] {
    RandSource r;
    r.seed(1);
    return r;
  }();
  return fn(local);
}

uint64_t next() {
  return with_source([](RandSource& r) { return r.next(); });
}

// below() is uniform in [0, n) for n > 0, without modulo bias (Lemire's
// multiply-and-reject).
uint64_t below(uint64_t n) {
  unsigned __int128 m = static_cast<unsigned __int128>(next()) * n;
  auto low = static_cast<uint64_t>(m);
  if (low < n) {
    uint64_t threshold = -n % n;
    while (low < threshold) {
      m = static_cast<unsigned __int128>(next()) * n;
      low = static_cast<uint64_t>(m);
    }
  }
  return static_cast<uint64_t>(m >> 64);
}

}  // namespace
}  // namespace goro::detail

namespace goro::rand {

using detail::below;
using detail::next;

int64_t int63() { return static_cast<int64_t>(next() >> 1); }
uint32_t uint32() { return static_cast<uint32_t>(next() >> 32); }
uint64_t uint64() { return next(); }
int64_t int_() { return int63(); }

int64_t int63n(int64_t n, Site site) {
  if (n <= 0) goro::panic("invalid argument to Int63n", site);
  return static_cast<int64_t>(below(static_cast<uint64_t>(n)));
}

int32_t int31n(int32_t n, Site site) {
  if (n <= 0) goro::panic("invalid argument to Int31n", site);
  return static_cast<int32_t>(below(static_cast<uint64_t>(n)));
}

int intn(int n, Site site) {
  if (n <= 0) goro::panic("invalid argument to Intn", site);
  return static_cast<int>(below(static_cast<uint64_t>(n)));
}

double float64() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

std::vector<int> perm(int n, Site site) {
  if (n < 0) goro::panic("invalid argument to Perm", site);
  std::vector<int> p(static_cast<size_t>(n));
  for (int i = 0; i < n; ++i) {
    int j = static_cast<int>(below(static_cast<uint64_t>(i) + 1));
    p[static_cast<size_t>(i)] = p[static_cast<size_t>(j)];
    p[static_cast<size_t>(j)] = i;
  }
  return p;
}

void shuffle(int n, const std::function<void(int, int)>& swap, Site site) {
  if (n < 0) goro::panic("invalid argument to Shuffle", site);
  for (int i = n - 1; i > 0; --i) swap(i, static_cast<int>(below(static_cast<uint64_t>(i) + 1)));
}

void seed(int64_t s) {
  detail::with_source([s](detail::RandSource& r) {
    r.seed(static_cast<uint64_t>(s));
    return 0;
  });
}

}  // namespace goro::rand

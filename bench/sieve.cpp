// BM_Sieve: one iteration is one whole concurrent prime sieve (the classic Go
// example), finding the first 2000 primes. The generator stops at the 2000th
// prime and every filter closes its output when its input closes, so a sieve
// leaves no goroutine behind. Twin of go/sieve_test.go.
#include "run_main.hpp"

namespace {

constexpr int kSievePrimes = 2000;
constexpr int kSieveLimit = 17389;  // the 2000th prime

// generate sends 2, 3, ..., limit to ch, then closes it.
void generate(goro::Chan<int> ch, int limit) {
  for (int i = 2; i <= limit; ++i) ch.send(i);
  ch.close();
}

// filter copies the values from in to out, except those divisible by prime.
void filter(goro::Chan<int> in, goro::Chan<int> out, int prime) {
  for (int i : in) {
    if (i % prime != 0) out.send(i);
  }
  out.close();
}

// sieve returns the n-th prime, found by a chain of filter goroutines.
int sieve(int n) {
  goro::Chan<int> ch;
  goro::go(generate, ch, kSieveLimit);
  int prime = 0;
  for (int i = 0; i < n; ++i) {
    prime = ch.recv();
    if (i < n - 1) {
      goro::Chan<int> next;
      goro::go(filter, ch, next, prime);
      ch = next;
    }
  }
  for (int v : ch) benchmark::DoNotOptimize(v);  // wait until the closes have run down the chain
  return prime;
}

void BM_Sieve(benchmark::State& state) {
  gorobench::run_main(state, static_cast<int>(state.range(0)), [&] {
    int wrong = 0;
    for (auto _ : state) wrong += sieve(kSievePrimes) != kSieveLimit;
    if (wrong != 0) state.SkipWithError("sieve found the wrong 2000th prime");
  });
}

BENCHMARK(BM_Sieve)->Apply(gorobench::at_procs_1_and_2);

}  // namespace

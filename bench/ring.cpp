// BM_Ring: a ring of n goroutines (n-1 forwarders plus the main goroutine)
// passes a token around; one iteration is one lap of n hops, and
// bench/run.mjs divides by n to report ns per hop. Twin of go/ring_test.go.
#include <cstdint>

#include "run_main.hpp"

namespace {

// forward passes each token from in to out, and the close of in on to out.
void forward(goro::Chan<int64_t> in, goro::Chan<int64_t> out) {
  for (int64_t v : in) out.send(v);
  out.close();
}

void BM_Ring(benchmark::State& state) {
  const int64_t n = state.range(0);
  gorobench::run_main(state, static_cast<int>(state.range(1)), [&] {
    goro::Chan<int64_t> first;
    goro::Chan<int64_t> in = first;
    for (int64_t i = 1; i < n; ++i) {
      goro::Chan<int64_t> out;
      goro::go(forward, in, out);
      in = out;
    }
    goro::Chan<int64_t> last = in;
    int64_t lost = 0;
    int64_t lap = 0;
    for (auto _ : state) {
      first.send(lap);
      lost += last.recv() != lap++;
    }
    first.close();  // the close travels the ring and ends every forwarder
    last.recv();
    if (lost != 0) state.SkipWithError("token lost");
  });
}

BENCHMARK(BM_Ring)->ArgNames({"n", "procs"})->ArgsProduct({{1000, 100'000}, {1, 2}})->UseRealTime();

}  // namespace

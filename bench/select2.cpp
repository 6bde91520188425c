// BM_Select2: two producers send on two unbuffered channels, the main
// goroutine receives with a 2-way select; one iteration is one select. The
// producers send ceil(N/2) and floor(N/2) values, so N selects take exactly
// every value and both producers finish. Twin of go/select_test.go.
#include <cstdint>

#include "run_main.hpp"

namespace {

void produce(goro::Chan<int64_t> ch, int64_t n) {
  for (int64_t i = 0; i < n; ++i) ch.send(i);
}

void BM_Select2(benchmark::State& state) {
  gorobench::run_main(state, static_cast<int>(state.range(0)), [&] {
    const int64_t n = state.max_iterations;
    goro::Chan<int64_t> a, b;
    goro::go(produce, a, (n + 1) / 2);
    goro::go(produce, b, n / 2);
    int64_t sum = 0;
    for (auto _ : state) {
      goro::select(goro::on_recv(a, [&](int64_t v, bool) { sum += v; }),
                   goro::on_recv(b, [&](int64_t v, bool) { sum += v; }));
    }
    benchmark::DoNotOptimize(sum);
  });
}

BENCHMARK(BM_Select2)->Apply(gorobench::at_procs_1_and_2);

}  // namespace

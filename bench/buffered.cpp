// BM_Buffered: the main goroutine produces items into a buffered channel
// (cap 10 or 100), a consumer goroutine drains it; one iteration is one item.
// Twin of go/buffered_test.go.
#include <cstdint>

#include "run_main.hpp"

namespace {

void consume(goro::Chan<int64_t> items, goro::Chan<int64_t> done) {
  int64_t sum = 0;
  for (int64_t v : items) sum += v;
  done.send(sum);
}

void BM_Buffered(benchmark::State& state) {
  const auto capacity = static_cast<size_t>(state.range(0));
  gorobench::run_main(state, static_cast<int>(state.range(1)), [&] {
    goro::Chan<int64_t> items(capacity), done;
    goro::go(consume, items, done);
    int64_t i = 0;
    for (auto _ : state) items.send(i++);
    items.close();
    benchmark::DoNotOptimize(done.recv());
  });
}

BENCHMARK(BM_Buffered)->ArgNames({"cap", "procs"})->ArgsProduct({{10, 100}, {1, 2}})->UseRealTime();

}  // namespace

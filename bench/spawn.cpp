// BM_Spawn: one iteration starts one goroutine that calls wg.done() and
// exits. The main goroutine waits after every kSpawnBatch goroutines, so a
// long run never holds N stacks at once. Twin of go/spawn_test.go.
#include <cstdint>

#include "run_main.hpp"

namespace {

constexpr int64_t kSpawnBatch = 1024;

void BM_Spawn(benchmark::State& state) {
  gorobench::run_main(state, static_cast<int>(state.range(0)), [&] {
    const int64_t n = state.max_iterations;
    goro::WaitGroup wg;
    int64_t spawned = 0;
    for (auto _ : state) {
      wg.add(1);
      goro::go([&wg] { wg.done(); });
      if (++spawned % kSpawnBatch == 0 || spawned == n) wg.wait();
    }
  });
}

BENCHMARK(BM_Spawn)->Apply(gorobench::at_procs_1_and_2);

}  // namespace

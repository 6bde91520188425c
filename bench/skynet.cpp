// BM_Skynet: one iteration is one skynet run: a 10-ary tree of goroutines
// with 1,000,000 leaves (1,111,111 goroutines), each leaf sends its index,
// each inner node sums its children's. Twin of go/skynet_test.go.
#include <cstdint>

#include "run_main.hpp"

namespace {

constexpr int64_t kLeaves = 1'000'000;
constexpr int64_t kWant = kLeaves * (kLeaves - 1) / 2;

void skynet(goro::Chan<int64_t> c, int64_t num, int64_t size, int64_t div) {
  if (size == 1) {
    c.send(num);
    return;
  }
  goro::Chan<int64_t> rc;
  for (int64_t i = 0; i < div; ++i) goro::go(skynet, rc, num + i * (size / div), size / div, div);
  int64_t sum = 0;
  for (int64_t i = 0; i < div; ++i) sum += rc.recv();
  c.send(sum);
}

void BM_Skynet(benchmark::State& state) {
  gorobench::run_main(
      state, static_cast<int>(state.range(0)),
      [&] {
        int wrong = 0;
        for (auto _ : state) {
          goro::Chan<int64_t> c;
          goro::go(skynet, c, 0, kLeaves, 10);
          wrong += c.recv() != kWant;
        }
        if (wrong != 0) state.SkipWithError("skynet sum is wrong");
      },
      gorobench::kManyGoroutines);
}

BENCHMARK(BM_Skynet)->Apply(gorobench::at_procs_1_and_2)->Unit(benchmark::kMillisecond);

}  // namespace

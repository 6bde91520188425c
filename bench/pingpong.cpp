// BM_PingPong: one iteration is one round trip over two unbuffered channels
// (two channel operations, two goroutine switches). Twin of go/pingpong_test.go.
#include "run_main.hpp"

namespace {

void echo(goro::Chan<int> ping, goro::Chan<int> pong) {
  for (int v : ping) pong.send(v);
}

void BM_PingPong(benchmark::State& state) {
  gorobench::run_main(state, static_cast<int>(state.range(0)), [&] {
    goro::Chan<int> ping, pong;
    goro::go(echo, ping, pong);
    int i = 0;
    for (auto _ : state) {
      ping.send(i++);
      benchmark::DoNotOptimize(pong.recv());
    }
    ping.close();
  });
}

BENCHMARK(BM_PingPong)->Apply(gorobench::at_procs_1_and_2);

}  // namespace

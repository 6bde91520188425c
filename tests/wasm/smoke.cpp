// smoke: a self-checking program that exercises the runtime end to end in a
// WebAssembly build (goroutines, channels, select, the virtual clock, the
// deadlock and panic reports, parked goroutines unwound at exit, deep stacks
// parked mid-recursion, and many runs in one process). Exits 0 when every
// check passes; prints each failed check otherwise.
//
// Usage: smoke [procs]   (procs defaults to 1; the threaded build tries more)
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "goro/goro.hpp"

namespace {

int failures = 0;
int procs = 1;

void check(bool ok, const char* what, const std::string& detail = {}) {
  std::printf("%s %s%s%s\n", ok ? "ok  " : "FAIL", what, detail.empty() ? "" : ": ", detail.c_str());
  if (!ok) ++failures;
}

// Capture collects a run's output.
class Capture : public goro::Sink {
 public:
  void output(const goro::OutputRecord& rec) override { text.append(rec.bytes); }
  bool wants_events() const override { return false; }
  std::string text;
};

goro::Options opts() {
  goro::Options o;
  o.procs = procs;
  return o;
}

void ping_pong() {
  int sum = 0;
  int code = goro::run(
      [&] {
        goro::Chan<int> ping, pong;
        goro::go([=] {
          for (int v : ping) pong.send(v + 1);
          pong.close();
        });
        for (int i = 0; i < 1000; ++i) {
          ping.send(i);
          sum += pong.recv();
        }
        ping.close();
      },
      opts());
  check(code == 0 && sum == 500500, "ping-pong over unbuffered channels", std::to_string(sum));
}

void fan_in() {
  std::atomic<int> total{0};
  int code = goro::run(
      [&] {
        goro::Chan<int> results(16);
        goro::WaitGroup wg;
        for (int w = 0; w < 100; ++w) {
          wg.add(1);
          goro::go([&, w] {
            for (int i = 0; i < 10; ++i) {
              results.send(w * 10 + i);
              goro::yield();
            }
            wg.done();
          });
        }
        goro::go([&] {
          wg.wait();
          results.close();
        });
        for (int v : results) total += v;
      },
      opts());
  check(code == 0 && total == 999 * 1000 / 2, "100 goroutines fan in through a buffered channel",
        std::to_string(total.load()));
}

void select_cases() {
  int a = 0, b = 0, defaults = 0;
  int code = goro::run(
      [&] {
        goro::Chan<int> ca, cb;
        goro::Chan<bool> done;
        goro::go([=] {
          for (int i = 0; i < 200; ++i) ca.send(i);
          done.send(true);
        });
        goro::go([=] {
          for (int i = 0; i < 200; ++i) cb.send(i);
          done.send(true);
        });
        goro::select(goro::on_recv(goro::Chan<int>(nullptr)), goro::otherwise([&] { ++defaults; }));
        for (int finished = 0; finished < 2;) {
          goro::select(goro::on_recv(ca, [&](int) { ++a; }), goro::on_recv(cb, [&](int) { ++b; }),
                       goro::on_recv(done, [&](bool) { ++finished; }));
        }
      },
      opts());
  check(code == 0 && a == 200 && b == 200 && defaults == 1, "select over two producers and a default",
        std::to_string(a) + "/" + std::to_string(b));
}

void virtual_clock() {
  goro::Duration slept{};
  goro::Time start{}, end{};
  int code = goro::run(
      [&] {
        start = goro::now();
        goro::Chan<int> order(3);
        for (int i : {3, 1, 2}) {
          goro::go([=] {
            goro::sleep(i * goro::Hour);
            order.send(i);
          });
        }
        int prev = 0;
        for (int k = 0; k < 3; ++k) {
          int v = order.recv();
          if (v < prev) slept = -goro::Second;
          prev = v;
        }
        goro::select(goro::on_recv(goro::after(goro::Minute)));
        end = goro::now();
        if (slept == goro::Duration{}) slept = end - start;
      },
      opts());
  check(code == 0 && start == goro::kPlaygroundEpoch && slept == 3 * goro::Hour + goro::Minute,
        "sleep and after on the virtual clock", std::to_string(slept.count()) + "ns");
}

void deadlock_report() {
  Capture out;
  goro::Options o = opts();
  o.sink = &out;
  int code = goro::run(
      [] {
        goro::Chan<int> ch;
        goro::go([=] { ch.send(1); });
        ch.recv();
        ch.recv();
      },
      o);
  bool ok = code == 2 && out.text.find("fatal error: all goroutines are asleep - deadlock!") != std::string::npos &&
            out.text.find("goroutine 1 [chan receive]:") != std::string::npos;
  check(ok, "deadlock report", ok ? "" : out.text);
}

struct Flag {
  std::atomic<int>* n;
  ~Flag() { ++*n; }
};

void panic_report() {
  Capture out;
  std::atomic<int> unwound{0};
  goro::Options o = opts();
  o.sink = &out;
  int code = goro::run(
      [&] {
        goro::Chan<int> never;
        for (int i = 0; i < 10; ++i) {
          goro::go([&, never] {
            Flag f{&unwound};
            never.recv();
          });
        }
        goro::sleep(goro::Second);  // let all ten start and park
        goro::go([] { goro::panic("boom"); });
        never.recv();
      },
      o);
  bool ok = code == 2 && out.text.find("panic: boom") != std::string::npos &&
            out.text.find("goroutine ") != std::string::npos;
  check(ok, "panic report", ok ? "" : out.text);
  check(unwound == 10, "parked goroutines unwound when the run ends", std::to_string(unwound.load()));
}

// depth() recurses and parks at the bottom, so the whole chain of frames must
// be saved by Asyncify and kept on the goroutine's C stack while parked.
int depth(int n, const goro::Chan<int>& in) {
  volatile char pad[64];
  pad[0] = 1;
  int below = n == 0 ? in.recv() : depth(n - 1, in);
  return below + pad[0];  // read after the call: the frame stays live (no loop)
}

void deep_park() {
  int got = 0;
  int code = goro::run(
      [&] {
        goro::Chan<int> in, out;
        for (int i = 0; i < 8; ++i) goro::go([=] { out.send(depth(200, in)); });
        goro::sleep(goro::Second);  // all eight reach the bottom and park there
        for (int i = 0; i < 8; ++i) in.send(i);
        for (int i = 0; i < 8; ++i) got += out.recv();
      },
      opts());
  check(code == 0 && got == 8 * 201 + 28, "goroutines parked 200 frames deep", std::to_string(got));
}

void many_runs() {
  int bad = 0;
  for (int r = 0; r < 1000; ++r) {
    int v = 0;
    int code = goro::run(
        [&] {
          goro::Chan<int> ch;
          goro::go([=] { ch.send(r); });
          v = ch.recv();
        },
        opts());
    if (code != 0 || v != r) ++bad;
  }
  check(bad == 0, "1000 consecutive goro::run calls", std::to_string(bad) + " bad");
}

}  // namespace

int main(int argc, char** argv) {
  if (argc > 1) procs = std::atoi(argv[1]);
  std::printf("goro wasm smoke, procs=%d\n", procs);
  ping_pong();
  fan_in();
  select_cases();
  virtual_clock();
  deadlock_report();
  panic_report();
  deep_park();
  many_runs();
  std::printf("%s\n", failures ? "SMOKE FAILED" : "SMOKE PASSED");
  // Not `return`: the first fiber switch unwound main's frames, so its return
  // value would be lost (see tests/wasm/gtest_main.cpp).
  std::exit(failures ? 1 : 0);
}

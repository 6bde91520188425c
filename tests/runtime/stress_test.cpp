// Stress: many goroutines doing random channel, select, mutex and sleep
// operations. Built as its own binary so it can also run under
// AddressSanitizer and ThreadSanitizer (scripts/test.sh).
#include <random>

#include "test_support.hpp"

using namespace goro_test;
using goro::Chan;

// ThreadSanitizer tracks at most 8128 threads and fibers at once.
#if defined(__SANITIZE_THREAD__)
constexpr int kManyGoroutines = 2000;
#else
constexpr int kManyGoroutines = 20000;
#endif

class StressTest : public Procs {};
GORO_INSTANTIATE_PROCS(StressTest);

TEST_P(StressTest, RandomOperationsConserveValues) {
  constexpr int kWorkers = 64, kOps = 400, kChans = 8;
  std::atomic<long> sent{0}, received{0};
  long mutex_counter = 0;
  auto r = run([&] {
    std::vector<Chan<long>> chans;
    for (int i = 0; i < kChans; i++) chans.emplace_back(size_t(i % 3 == 0 ? 0 : i));
    Chan<bool> quit;
    goro::Mutex mu;
    goro::WaitGroup producers, consumers;
    for (int c = 0; c < kChans; c++) {
      consumers.add(1);
      goro::go([&, ch = chans[size_t(c)]] {
        for (long v : ch) received += v;
        consumers.done();
      });
    }
    for (int w = 0; w < kWorkers; w++) {
      producers.add(1);
      goro::go([&, w] {
        std::mt19937 rng{unsigned(w)};
        for (int k = 0; k < kOps; k++) {
          switch (rng() % 5) {
            case 0: {
              long v = long(rng() % 100);
              chans[rng() % kChans].send(v);
              sent += v;
              break;
            }
            case 1: {
              long v = long(rng() % 100);
              auto& a = chans[rng() % kChans];
              auto& b = chans[rng() % kChans];
              goro::select(goro::on_send(a, v, [&] { sent += v; }), goro::on_send(b, v, [&] { sent += v; }),
                           goro::on_recv(quit));
              break;
            }
            case 2: {
              std::lock_guard lk(mu);
              mutex_counter++;
              break;
            }
            case 3:
              goro::sleep(goro::Duration(rng() % 1000));
              break;
            default:
              goro::yield();
          }
        }
        producers.done();
      });
    }
    producers.wait();
    for (auto& ch : chans) ch.close();
    consumers.wait();
  });
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(sent.load(), received.load());
  EXPECT_GT(mutex_counter, 0);
}

TEST_P(StressTest, ManyShortLivedGoroutines) {
  std::atomic<int> n{0};
  auto r = run([&] {
    goro::WaitGroup wg;
    for (int i = 0; i < kManyGoroutines; i++) {
      wg.add(1);
      goro::go([&] {
        n++;
        wg.done();
      });
    }
    wg.wait();
  });
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(n.load(), kManyGoroutines);
}

TEST_P(StressTest, RepeatedRunsEndingWithParkedGoroutines) {
  for (int i = 0; i < 200; i++) {
    auto r = run([] {
      Chan<int> ch;
      for (int k = 0; k < 10; k++) goro::go([ch] { ch.recv(); });
      for (int k = 0; k < 10; k++) goro::go([] { goro::sleep(goro::Second); });
      goro::yield();
    });
    ASSERT_EQ(r.status, 0);
  }
}

TEST_P(StressTest, PanicWhileOthersRun) {
  for (int i = 0; i < 50; i++) {
    auto r = run([] {
      Chan<int> ch(10);
      for (int k = 0; k < 8; k++)
        goro::go([ch] {
          for (;;) ch.send(1);
        });
      for (int k = 0; k < 4; k++)
        goro::go([ch] {
          for (;;) ch.recv();
        });
      // Not a sleep: with the virtual clock, time never advances while the
      // workers keep each other busy (as in the Go playground).
      for (int k = 0; k < 10; k++) goro::yield();
      goro::panic("stop");
    });
    ASSERT_EQ(r.status, 2);
    ASSERT_EQ(first_line(r.err), "panic: stop");
  }
}

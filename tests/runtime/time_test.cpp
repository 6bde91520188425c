// The virtual clock (Go playground faketime) and the real clock: sleep,
// after, tick, Timer, Ticker, now.
#include <chrono>

#include "test_support.hpp"

using namespace goro_test;
using goro::Chan;
using namespace std::chrono_literals;

class TimeTest : public Procs {};
GORO_INSTANTIATE_PROCS(TimeTest);

TEST_P(TimeTest, VirtualClockStartsAtPlaygroundEpoch) {
  auto r = run([] {
    EXPECT_EQ(goro::now(), goro::kPlaygroundEpoch);
    EXPECT_EQ(goro::now().unix_nanos, 1257894000LL * 1000000000LL);  // 2009-11-10 23:00:00 UTC
  });
  EXPECT_EQ(r.status, 0);
}

TEST_P(TimeTest, VirtualSleepIsInstantButOrdered) {
  auto wall = std::chrono::steady_clock::now();
  auto r = run([] {
    goro::WaitGroup wg;
    // Start 50 sleepers in a scrambled order; they must wake by duration.
    for (int i = 0; i < 50; i++) {
      int d = (i * 37) % 50 + 1;
      wg.add(1);
      goro::go([&wg, d] {
        goro::sleep(d * goro::Second);
        say(std::to_string(d));
        wg.done();
      });
    }
    wg.wait();
    EXPECT_EQ(goro::since(goro::kPlaygroundEpoch), 50 * goro::Second);
  });
  EXPECT_EQ(r.status, 0);
  std::string want;
  for (int d = 1; d <= 50; d++) want += std::to_string(d) + "\n";
  EXPECT_EQ(r.out, want);
  EXPECT_LT(std::chrono::steady_clock::now() - wall, 5s);  // 50 virtual seconds, not real ones
}

TEST_P(TimeTest, ClockDoesNotMoveWhileGoroutinesRun) {
  auto r = run([] {
    goro::Time t0 = goro::now();
    volatile long x = 0;
    for (long i = 0; i < 1000000; i++) x = x + i;
    EXPECT_EQ(goro::now(), t0);
    goro::sleep(15 * goro::Second);
    EXPECT_EQ(goro::since(t0), 15 * goro::Second);
  });
  EXPECT_EQ(r.status, 0);
}

TEST_P(TimeTest, SleepOfZeroOrLessReturnsAtOnce) {
  auto r = run([] {
    goro::Time t0 = goro::now();
    goro::sleep(0ns);
    goro::sleep(-5s);
    EXPECT_EQ(goro::now(), t0);
  });
  EXPECT_EQ(r.status, 0);
}

TEST_P(TimeTest, AfterDeliversTheTime) {
  auto r = run([] {
    goro::Time t = goro::after(3 * goro::Second).recv();
    EXPECT_EQ(t, goro::kPlaygroundEpoch + 3 * goro::Second);
  });
  EXPECT_EQ(r.status, 0);
}

TEST_P(TimeTest, SelectWithTimeout) {
  std::string took;
  auto r = run([&] {
    Chan<int> never;
    goro::select(goro::on_recv(never, [&](int) { took = "value"; }),
                 goro::on_recv(goro::after(2 * goro::Second), [&](goro::Time) { took = "timeout"; }));
  });
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(took, "timeout");
}

TEST_P(TimeTest, TickerTicksAtItsPeriodUntilStopped) {
  auto r = run([] {
    goro::Ticker t(100 * goro::Millisecond);
    goro::Time start = goro::now();
    for (int i = 1; i <= 5; i++) {
      goro::Time at = t.c.recv();
      EXPECT_EQ(at - start, i * 100 * goro::Millisecond);
    }
    t.stop();
    goro::sleep(goro::Second);
    EXPECT_EQ(t.c.len(), 0u);
  });
  EXPECT_EQ(r.status, 0);
}

TEST_P(TimeTest, TickReturnsNilForNonPositive) {
  auto r = run([] { EXPECT_TRUE(goro::tick(0s).is_nil()); });
  EXPECT_EQ(r.status, 0);
}

TEST_P(TimeTest, TimerStopAndReset) {
  auto r = run([] {
    goro::Timer t(goro::Second);
    EXPECT_TRUE(t.stop());
    EXPECT_FALSE(t.stop());
    goro::sleep(2 * goro::Second);
    EXPECT_EQ(t.c.len(), 0u);  // a stopped timer never fires
    goro::Time before = goro::now();
    EXPECT_FALSE(t.reset(500 * goro::Millisecond));
    goro::Time fired = t.c.recv();
    EXPECT_EQ(fired - before, 500 * goro::Millisecond);
  });
  EXPECT_EQ(r.status, 0);
}

TEST_P(TimeTest, StoppedTimerDoesNotHoldOffDeadlock) {
  auto r = run([] {
    goro::Timer t(goro::Hour);
    t.stop();
    Chan<int>().recv();
  });
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(first_line(r.err), "fatal error: all goroutines are asleep - deadlock!");
}

TEST_P(TimeTest, SleepingGoroutinesAreNotDeadlocked) {
  auto r = run([] {
    Chan<int> ch;
    goro::go([ch] {
      goro::sleep(10 * goro::Second);
      ch.send(1);
    });
    EXPECT_EQ(ch.recv(), 1);
  });
  EXPECT_EQ(r.status, 0);
}

TEST_P(TimeTest, RealClockSleepsForReal) {
  goro::Options o = opts();
  o.clock = goro::Clock::Real;
  auto wall = std::chrono::steady_clock::now();
  auto r = run_captured([] {
    goro::Time t0 = goro::now();
    goro::sleep(50 * goro::Millisecond);
    EXPECT_GE(goro::since(t0), 50 * goro::Millisecond);
    goro::after(20 * goro::Millisecond).recv();
  }, o);
  EXPECT_EQ(r.status, 0);
  EXPECT_GE(std::chrono::steady_clock::now() - wall, 70ms);
}

TEST_P(TimeTest, RealClockDeadlockIsStillDetected) {
  goro::Options o = opts();
  o.clock = goro::Clock::Real;
  auto r = run_captured([] {
    goro::sleep(goro::Millisecond);
    Chan<int>().recv();
  }, o);
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(first_line(r.err), "fatal error: all goroutines are asleep - deadlock!");
}

namespace {

// SameInstantWakeOrderIsGos: sleepers and ticks due at the same virtual
// instant wake in the order Go's 4-ary timer heap gives them out, and the
// last one woken runs first (runnext). The expected line is what Go 1.19
// prints for the same program at GOMAXPROCS=1 under the playground's
// faketime (node scripts/go-playground.mjs prog.go --procs 1).
TEST(TimeOrderTest, SameInstantWakeOrderIsGos) {
  auto r = run_captured([] {
    Chan<bool> done;
    for (int i = 0; i < 12; i++) {
      goro::go([=]() mutable {
        goro::sleep((i % 3) * goro::Second);
        goro::print(i, " ");
        done.send(true);
      });
    }
    for (int i = 0; i < 12; i++) done.recv();
    goro::Ticker tk(goro::Second);
    for (int i = 0; i < 3; i++) {
      goro::go([=]() mutable {
        goro::sleep(goro::Second);
        goro::print("s", i, " ");
        done.send(true);
      });
    }
    for (int i = 0; i < 3; i++) {
      tk.c.recv();
      goro::print("tick ");
    }
    for (int i = 0; i < 3; i++) done.recv();
  }, {.procs = 1});
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.out, "0 3 6 9 4 1 10 7 8 5 11 2 s0 tick s2 s1 tick tick ");
}

}  // namespace

// WaitGroup, Mutex, RWMutex, Once: Go's semantics, including the article
// bug of passing a WaitGroup by value.
#include "test_support.hpp"

using namespace goro_test;

class SyncTest : public Procs {};
GORO_INSTANTIATE_PROCS(SyncTest);

TEST_P(SyncTest, WaitGroupWaitsForAll) {
  std::atomic<int> done{0};
  auto r = run([&] {
    goro::WaitGroup wg;
    for (int i = 0; i < 100; i++) {
      wg.add(1);
      goro::go([&] {
        goro::sleep(goro::Millisecond);
        done++;
        wg.done();
      });
    }
    wg.wait();
    EXPECT_EQ(done.load(), 100);
  });
  EXPECT_EQ(r.status, 0);
}

void worker_by_value(int id, goro::WaitGroup wg) {
  say("Task Completed by worker " + std::to_string(id));
  wg.done();
}

// Article 001: passing the WaitGroup by value deadlocks main in Wait.
TEST_P(SyncTest, WaitGroupPassedByValueDeadlocks) {
  auto r = run([] {
    goro::WaitGroup wg;
    wg.add(3);
    for (int id : {1, 2, 3}) goro::go(goro::Label{"main.worker"}, worker_by_value, id, wg);
    wg.wait();
    say("Exiting main function");
  });
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(first_line(r.err), "fatal error: all goroutines are asleep - deadlock!");
  EXPECT_NE(r.err.find("\n\ngoroutine 1 [semacquire]:\nmain.main()\n"), std::string::npos) << r.err;
  EXPECT_EQ(r.out.find("Exiting"), std::string::npos);
  if (GetParam() == 1) {  // Go's GOMAXPROCS=1 order: the last `go` runs first (runnext)
    EXPECT_EQ(r.out, "Task Completed by worker 3\nTask Completed by worker 1\nTask Completed by worker 2\n");
  }
}

TEST_P(SyncTest, NegativeWaitGroupCounterPanics) {
  auto r = run([] {
    goro::WaitGroup wg;
    wg.done();
  });
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(first_line(r.err), "panic: sync: negative WaitGroup counter");
}

TEST_P(SyncTest, MutexExcludes) {
  long counter = 0;
  auto r = run([&] {
    goro::Mutex mu;
    goro::WaitGroup wg;
    for (int i = 0; i < 8; i++) {
      wg.add(1);
      goro::go([&] {
        for (int k = 0; k < 2000; k++) {
          std::lock_guard lk(mu);
          long v = counter;
          if (k % 100 == 0) goro::yield();  // hold the lock across a reschedule
          counter = v + 1;
        }
        wg.done();
      });
    }
    wg.wait();
  });
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(counter, 16000);
}

TEST_P(SyncTest, UnlockOfUnlockedMutexIsFatal) {
  auto r = run([] {
    goro::Mutex mu;
    mu.unlock();
  });
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(first_line(r.err), "fatal error: sync: unlock of unlocked mutex");
  EXPECT_NE(r.err.find("goroutine 1 [running]:\nmain.main()\n"), std::string::npos) << r.err;
}

TEST_P(SyncTest, TryLock) {
  auto r = run([] {
    goro::Mutex mu;
    EXPECT_TRUE(mu.try_lock());
    EXPECT_FALSE(mu.try_lock());
    mu.unlock();
  });
  EXPECT_EQ(r.status, 0);
}

TEST_P(SyncTest, DeadlockOnMutexIsSemacquire) {
  auto r = run([] {
    goro::Mutex mu;
    mu.lock();
    mu.lock();
  });
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("goroutine 1 [semacquire]:"), std::string::npos) << r.err;
}

TEST_P(SyncTest, RWMutexReadersShareWritersExclude) {
  std::atomic<int> readers{0}, max_readers{0}, writer_overlap{0};
  auto r = run([&] {
    goro::RWMutex rw;
    goro::WaitGroup wg;
    for (int i = 0; i < 6; i++) {
      wg.add(1);
      goro::go([&] {
        for (int k = 0; k < 50; k++) {
          rw.rlock();
          int n = ++readers;
          int m = max_readers.load();
          while (n > m && !max_readers.compare_exchange_weak(m, n)) {
          }
          goro::sleep(goro::Millisecond);
          --readers;
          rw.runlock();
        }
        wg.done();
      });
    }
    wg.add(1);
    goro::go([&] {
      for (int k = 0; k < 20; k++) {
        rw.lock();
        if (readers.load() != 0) writer_overlap++;
        goro::sleep(goro::Millisecond);
        rw.unlock();
      }
      wg.done();
    });
    wg.wait();
  });
  EXPECT_EQ(r.status, 0);
  EXPECT_GT(max_readers.load(), 1);
  EXPECT_EQ(writer_overlap.load(), 0);
}

TEST_P(SyncTest, RWMutexMisuseIsFatal) {
  auto r1 = run([] { goro::RWMutex().runlock(); });
  EXPECT_EQ(first_line(r1.err), "fatal error: sync: RUnlock of unlocked RWMutex");
  EXPECT_EQ(r1.status, 2);
  auto r2 = run([] { goro::RWMutex().unlock(); });
  EXPECT_EQ(first_line(r2.err), "fatal error: sync: Unlock of unlocked RWMutex");
}

TEST_P(SyncTest, OnceRunsOnce) {
  std::atomic<int> calls{0};
  auto r = run([&] {
    goro::Once once;
    goro::WaitGroup wg;
    for (int i = 0; i < 10; i++) {
      wg.add(1);
      goro::go([&] {
        once.call([&] {
          goro::sleep(goro::Millisecond);
          calls++;
        });
        EXPECT_EQ(calls.load(), 1);  // every caller returns after the first call finished
        wg.done();
      });
    }
    wg.wait();
  });
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(calls.load(), 1);
}

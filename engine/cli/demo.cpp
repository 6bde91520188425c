// goro-demo: two programs from the articles, run on the goro runtime.
//
// 1. Workers with sleeps (Parallel Golang, play.golang.org/p/AIfFaM7EaOA
//    shape): interleaved output in virtual time, instantly.
// 2. A WaitGroup passed by value (Writing my first concurrent program in
//    Golang, by Avneet): Go's deadlock report, exit status 2.
#include <goro/goro.hpp>


namespace {

void worker(std::string task, goro::WaitGroup* wg) {
  for (int i = 0; i < 3; i++) {
    goro::sleep((task.size() * 100 + size_t(i) * 250) * goro::Millisecond);
    goro::printf("%-16s %d complete   (t=%v)\n", task, i, goro::since(goro::kPlaygroundEpoch));
  }
  wg->done();
}

void by_value_worker(int id, goro::WaitGroup wg) {
  goro::println("Task Completed by worker", id);
  wg.done();
}

}  // namespace

int main() {
  goro::println("== goro demo 1: three workers, virtual clock (finishes instantly)");
  int status = goro::run([] {
    goro::WaitGroup wg;
    for (std::string task : {"sort data", "parse files", "generate output"}) {
      wg.add(1);
      goro::go(goro::Label{"main.worker"}, worker, task, &wg);
    }
    wg.wait();
    goro::println("all workers done at", goro::now());
  }, {.procs = 1});
  goro::printf("exit status %d\n\n", status);

  goro::println("== goro demo 2: a WaitGroup passed by value deadlocks, exactly as in Go");
  status = goro::run([] {
    goro::println("Starting main function");
    goro::WaitGroup wg;
    wg.add(3);
    for (int id : {1, 2, 3}) goro::go(goro::Label{"main.worker"}, by_value_worker, id, wg);
    wg.wait();
    goro::println("Exiting main function");
  }, {.procs = 1});
  goro::printf("exit status %d\n", status);
  return 0;
}

// first-waitgroup-by-pointer: "Writing my first concurrent program in Golang"
// (Avneet), the WaitGroup passed by pointer. Lines are aligned with main.go.
#include "example.hpp"

using namespace goro;

namespace {

#line 8 "main.go"
void worker(int workerId, WaitGroup* wg) {
  Defer done{[&] { wg->done(); }};
  // Perform a network call
  println("Task Completed by worker", workerId);
}

void main_() {
  println("Starting main function");
  WaitGroup wg = WaitGroup{};
  wg.add(3);

  std::vector<int> workers = {1, 2, 3};
  for (int workerId : workers) {
    go(Label{"main.worker"}, worker, workerId, &wg);
  }

  wg.wait();

  println("Exiting main function");
}

}  // namespace

GORO_EXAMPLE(main_);

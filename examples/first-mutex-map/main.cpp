// first-mutex-map: "Writing my first concurrent program in Golang" (Avneet),
// a Mutex guarding a map the workers write. Lines are aligned with main.go.
#include "example.hpp"

#include <map>

using namespace goro;

namespace {

#line 9 "main.go"
void worker(int workerId, std::map<int, int>& resultMap, WaitGroup* wg, Mutex* mu) {
  Defer done{[&] { wg->done(); }};

  mu->lock();
  Defer unlock{[&] { mu->unlock(); }};
  resultMap[workerId] = rand::intn(100);
  println("Task Completed by worker", workerId);
}

void main_() {
  println("Starting main function");
  WaitGroup wg = WaitGroup{};

  Mutex mu = Mutex{};
  std::map<int, int> resultMap;  // a Go map is a reference: the workers get std::ref(resultMap)

  std::vector<int> workers = {1, 2, 3};
  for (int workerId : workers) {
    wg.add(1);
    go(Label{"main.worker"}, worker, workerId, std::ref(resultMap), &wg, &mu);
  }

  wg.wait();

  println("Exiting main function with result", resultMap);
}

}  // namespace

GORO_EXAMPLE(main_);

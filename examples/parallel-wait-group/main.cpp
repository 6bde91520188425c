// Wait Group Example (Parallel Golang, 2019; play.golang.org/p/tljB4g9C988):
// main waits on a WaitGroup for three workers that sleep 0-3 s at random.
#include "example.hpp"

namespace {

using namespace goro;

void worker(std::string task, WaitGroup* wg);  // Go needs no forward declaration

#line 10 "main.go"
void main_() {
  WaitGroup wg;
	println("Starting...");
	wg.add(1);
	go(Label{"main.worker"}, worker, "sort data", &wg);
	wg.add(1);
	go(Label{"main.worker"}, worker, "parse files", &wg);
	wg.add(1);
	go(Label{"main.worker"}, worker, "generate output", &wg);
	wg.wait();
}

void worker(std::string task,  WaitGroup* wg) {
	for (int i = 0; i < 3; i++) {
		sleep(Second * rand::intn(4));
		goro::printf("%s %d complete\n", task, i);
	}
	wg->done();
}

}  // namespace

GORO_EXAMPLE(main_);

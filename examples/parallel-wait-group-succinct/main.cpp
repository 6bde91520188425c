// A more succinct WaitGroup example (Parallel Golang, 2019; linked as
// play.golang.org/p/_GaPFAbn4Gp but not shown; reconstructed, see
// example.json): the Add/go pairs folded into a loop over the tasks.
#include "example.hpp"

namespace {

using namespace goro;

void worker(std::string task, WaitGroup* wg);  // Go needs no forward declaration

#line 10 "main.go"
void main_() {
	WaitGroup wg;
	println("Starting...");
	for (std::string task : {"sort data", "parse files", "generate output"}) {
		wg.add(1);
		go(Label{"main.worker"}, worker, task, &wg);
	}
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

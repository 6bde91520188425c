// Serial program with go keyword thrown in (Parallel Golang, 2019;
// play.golang.org/p/hvlmBaE9YNy): main returns before the workers run.
#include "example.hpp"

namespace {

using namespace goro;

void worker(std::string task);  // Go needs no forward declaration

#line 7 "main.go"
void main_() {
	println("Starting...");
	go(Label{"main.worker"}, worker, "sort data");
	go(Label{"main.worker"}, worker, "parse files");
	go(Label{"main.worker"}, worker, "generate output");
}

void worker(std::string task) {
	for (int i = 0; i < 3; i++) {
		goro::printf("%s %d complete\n", task, i);
	}
}

}  // namespace

GORO_EXAMPLE(main_);

// Serial execution of a non-concurrent design (Parallel Golang, 2019;
// play.golang.org/p/7ZmPgLazUW1): three calls to worker, one after another.
#include "example.hpp"

namespace {

using namespace goro;

void worker(std::string task);  // Go needs no forward declaration

#line 7 "main.go"
void main_() {
	println("Starting...");
	worker("sort data");
	worker("parse files");
	worker("generate output");
}

void worker(std::string task) {
	for (int i = 0; i < 3; i++) {
		goro::printf("%s %d complete\n", task, i);
	}
}

}  // namespace

GORO_EXAMPLE(main_);

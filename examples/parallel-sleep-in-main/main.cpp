// Serial program with go keyword and sleeps (Parallel Golang, 2019;
// play.golang.org/p/AIfFaM7EaOA): main sleeps 15 s while workers that sleep
// 0-3 s at random finish.
#include "example.hpp"

namespace {

using namespace goro;

void worker(std::string task);  // Go needs no forward declaration

#line 9 "main.go"
void main_() {
	println("Starting...");
	go(Label{"main.worker"}, worker, "sort data");
	go(Label{"main.worker"}, worker, "parse files");
	go(Label{"main.worker"}, worker, "generate output");
	sleep(Second * 15);
}

void worker(std::string task) {
	for (int i = 0; i < 3; i++) {
		sleep(Second * rand::intn(4));
		goro::printf("%s %d complete\n", task, i);
	}
}

}  // namespace

GORO_EXAMPLE(main_);

// Ranging over a channel nobody closes (Parallel Golang, 2019;
// play.golang.org/p/KCuD3QN2BfK): all nine lines, then main blocks in the
// range loop forever and Go reports a deadlock.
#include "example.hpp"

namespace {

using namespace goro;

void worker(std::string task, Chan<std::string> ch);  // Go needs no forward declaration

#line 9 "main.go"
void main_() {
	Chan<std::string> ch;
	
	println("Starting...");
	go(Label{"main.worker"}, worker, "sort data", ch);
	go(Label{"main.worker"}, worker, "parse files", ch);
	go(Label{"main.worker"}, worker, "generate output", ch);
	for (std::string i : ch) {
		print(i);
	}
}

void worker(std::string task, Chan<std::string> ch) {
	for (int i = 0; i < 3; i++) {
		sleep(Second * rand::intn(4));
		std::string out = sprintf("%s %d complete\n", task, i);
		ch.send(out);
	}
}

}  // namespace

GORO_EXAMPLE(main_);

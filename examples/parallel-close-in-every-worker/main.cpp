// Closing the channel in every worker (Parallel Golang, 2019;
// play.golang.org/p/HOCBbJAhJiF): the first worker to finish closes the
// channel, main's range loop ends, and the other workers' lines are lost; or,
// if another worker sends or closes before main returns, it panics.
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
	ch.close();
}

}  // namespace

GORO_EXAMPLE(main_);

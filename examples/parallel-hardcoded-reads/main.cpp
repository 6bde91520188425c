// Hardcoded reads (Parallel Golang, 2019; linked as
// play.golang.org/p/K2jIC2kX1UD but not shown; reconstructed, see
// example.json): main receives exactly nine times; the workers never close.
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
	for (int i = 0; i < 9; i++) {
		print(ch.recv());
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

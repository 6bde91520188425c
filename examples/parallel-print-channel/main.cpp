// Bad output (Parallel Golang, 2019; linked as play.golang.org/p/8c8GAQMkXpU,
// only its output shown; reconstructed, see example.json): printing the
// channel itself prints its address, and main returns at once.
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
	println(ch);
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

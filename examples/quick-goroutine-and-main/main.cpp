// A goroutine beside main (Goroutines (quick notes), 2024): printMessage runs
// as a goroutine and, at the same time, in main.
#include "example.hpp"

namespace {

using namespace goro;

#line 8 "main.go"
void printMessage(std::string msg) {
	for (int i = 0; i < 5; i++) {
		println(msg);
		sleep(500 * Millisecond);
	}
}

void main_() {
	go(Label{"main.printMessage"}, printMessage, "goroutine"); // runs concurrently
	printMessage("main"); // run synchronously
}

}  // namespace

GORO_EXAMPLE(main_);

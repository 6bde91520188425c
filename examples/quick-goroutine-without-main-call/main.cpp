// The goroutine alone (Goroutines (quick notes), 2024: "if we remove
// printMessage("main") then the goroutine won't work at all"): main returns
// as soon as it has started the goroutine.
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
}

}  // namespace

GORO_EXAMPLE(main_);

// Using sync.WaitGroup to wait for goroutines (Goroutines (quick notes), 2024).
#include "example.hpp"

#include <functional>

namespace {

using namespace goro;

#line 8 "main.go"
void printMessage(std::string msg, WaitGroup* wg) {
	Defer done{[wg] { wg->done(); }}; // notify that the goroutine is done
	println(msg);
}

void main_() {
	WaitGroup wg;

	wg.add(1); // tell the waitgroup that 1 goroutine will run
	go(Label{"main.printMessage"}, printMessage, "goroutine", &wg);

	wg.wait(); // wait for all goroutines to finish
	println("All goroutines finished");
}

}  // namespace

GORO_EXAMPLE(main_);

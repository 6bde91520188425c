// Buffered channels for task queues (Goroutines (quick notes), 2024): three
// sends fit in the buffer without a receiver.
#include "example.hpp"

namespace {

using namespace goro;

#line 5 "main.go"
void main_() {
	Chan<int> ch(3); // buffered channel with capacity of 3

	ch.send(1);
	ch.send(2);
	ch.send(3);

	println(ch.recv());
	println(ch.recv());
	println(ch.recv());
}

}  // namespace

GORO_EXAMPLE(main_);

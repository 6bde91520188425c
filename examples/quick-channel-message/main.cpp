// Using channels to send a message from a goroutine (Goroutines (quick
// notes), 2024).
#include "example.hpp"

namespace {

using namespace goro;

#line 5 "main.go"
void sendMessage(Chan<std::string> ch) {
	ch.send("goroutine"); // send message to channel
}

void main_() {
	Chan<std::string> ch; // create channel

	go(Label{"main.sendMessage"}, sendMessage, ch); // start goroutine

	std::string msg = ch.recv(); // receive message from channel
	println(msg);
}

}  // namespace

GORO_EXAMPLE(main_);

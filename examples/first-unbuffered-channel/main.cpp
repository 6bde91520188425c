// first-unbuffered-channel: "Writing my first concurrent program in Golang"
// (Avneet), one result over an unbuffered channel. Lines are aligned with main.go.
#include "example.hpp"

using namespace goro;

namespace {

#line 8 "main.go"
void worker(Chan<int> ch) {
  // Perform a network call and return it's result, eg 1
  ch.send(int(1));

}

void main_() {
  println("Starting main function");

  Chan<int> ch = Chan<int>();

  go(Label{"main.worker"}, worker, ch);
  // Receive the result from the channel
  int result = ch.recv();

  println("Exiting main function with result:", result);
}

}  // namespace

GORO_EXAMPLE(main_);

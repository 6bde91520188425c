// first-sleep-before-go: "Writing my first concurrent program in Golang"
// (Avneet), its sleep "fix". Lines are aligned with main.go.
#include "example.hpp"

using namespace goro;

namespace {

#line 8 "main.go"
void worker() {
  // Perform a network call
  println("Task Completed");
}

void main_() {
  println("Starting main function");

  sleep(1 * Second);
  go(Label{"main.worker"}, worker);

  println("Exiting main function");
}

}  // namespace

GORO_EXAMPLE(main_);

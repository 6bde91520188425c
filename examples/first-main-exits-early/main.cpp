// first-main-exits-early: "Writing my first concurrent program in Golang"
// (Avneet), its first program. Lines are aligned with main.go.
#include "example.hpp"

using namespace goro;

namespace {

#line 7 "main.go"
void worker() {
  // Perform a network call
  println("Task Completed");
}

void main_() {
  println("Starting main function");

  go(Label{"main.worker"}, worker);

  println("Exiting main function");
}

}  // namespace

GORO_EXAMPLE(main_);

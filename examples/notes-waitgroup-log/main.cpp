// notes-waitgroup-log: "Go Lang Goroutines and Channels (notes)", its
// WaitGroup example with log.Println timestamps. Lines are aligned with main.go.
#include "example.hpp"

using namespace goro;

namespace {

#line 9 "main.go"
WaitGroup wg;

void myFunc() {
  sleep(1500 * Millisecond);
  for (int i = 0; i < 3; i++) {
    log::println("my func: ", i);
  }
  wg.done();  // equivalent to wg.Add(-1)
}

void anotherFunc() {
  sleep(500 * Millisecond);
  for (int i = 4; i < 7; i++) {
    log::println("another func", i);
  }
  wg.done();
}

void main_() {
  wg.add(2);
  go(Label{"main.myFunc"}, myFunc);
  go(Label{"main.anotherFunc"}, anotherFunc);
  wg.wait();  // block until all tasks finished instead of using time delay
}

}  // namespace

GORO_EXAMPLE(main_);

// Goroutine coordination with select: a timeout (Goroutines (quick notes),
// 2024). The one-second timer fires before the goroutine's two-second sleep
// ends.
#include "example.hpp"

namespace {

using namespace goro;

#line 8 "main.go"
void main_() {
    Chan<std::string> ch;

    go(Label{"main.main.func1"}, [ch] {
        sleep(2 * Second);
        ch.send("goroutine finished");
    });

    goro::select(
    on_recv(ch, [](std::string msg) {
        println(msg);
    }), on_recv(after(1 * Second), [] {
        println("timeout occurred");
    }));
}

}  // namespace

GORO_EXAMPLE(main_);

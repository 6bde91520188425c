// mine-seven-dwarves: "Goroutines in a Mine" (William George Cook), its
// fragments put together into one program with seven dwarves, as in main.go.
// Lines are aligned with main.go.
#include "example.hpp"

#include <functional>
#include <optional>
#include <stdexcept>

using namespace goro;

namespace {

// error is Go's error: std::nullopt is nil, and fmt prints a held error's message.
using error = std::optional<std::runtime_error>;

// From the channeling package.

#line 18 "main.go"
struct Input {  // an interface value: nil, or any value with `error DoWork() const`
  Input() = default;
  template <class T>
    requires(!std::is_same_v<T, Input>)
  Input(T v) : DoWork([v] { return v.DoWork(); }) {}
  std::function<error()> DoWork;
};

using InputChan = Chan<Input>;
using ErrChan = Chan<error>;
using DoneChan = Chan<bool>;
using WorkChan = Chan<bool>;

#line 27 "main.go"
void Process(InputChan inChan, ErrChan errChan, DoneChan done, WorkChan workChan) {
  auto doWork = [=](Input i) {
    if (error err = i.DoWork(); err) {
      errChan.send(err);
    }
  };

  log::println("Process is listening...");
  int doneCounter = 0;
  for (;;) {
    goro::select(
        on_recv(inChan, [&](Input i) {
          go(Label{"main.Process.func1"}, doWork, i);
        }), on_recv(workChan, [&] {
          doneCounter++;
          if (doneCounter == 7) {
            done.send(true);
          }
        }));
  }

}

// ReportErrors logs each error a dwarf reports.
void ReportErrors(ErrChan errChan) {
  for (error err : errChan) {
    log::println("error:", err);
  }
}

// From the worker package.

struct Dwarf {
  std::string Name;
  error Error;
  ::WorkChan WorkChan;
  void logStep(std::string step) const;
  void sendDone() const;
  error DoWork() const;
};

#line 65 "main.go"
Dwarf New(std::string name, WorkChan workChan) {
  return Dwarf{
      .Name = name,
      .Error = std::runtime_error(sprintf("%s found no diamonds", name)),
      .WorkChan = workChan,
  };
}

void Dwarf::logStep(std::string step) const {
  log::printf("%s: %s", Name, step);
}

void Dwarf::sendDone() const {
  WorkChan.send(true);
}

error Dwarf::DoWork() const {
  logStep("doing some work!");
  Defer deferred{[this] { sendDone(); }};
  int64_t randTime = rand::int_() % 100;
  sleep(randTime / 5 * Second);
  if (randTime % 2 == 0) {
    return Error;
  }
  logStep("success!");
  return std::nullopt;
}

// The main package.

#line 96 "main.go"
InputChan inChan = nullptr;
ErrChan errChan = nullptr;
DoneChan doneChan = nullptr;
WorkChan workChan = nullptr;


void init() {
  inChan = InputChan();
  errChan = ErrChan();
  doneChan = Chan<bool>(1);
  workChan = Chan<bool>(1);
}

void main_() {
  go(Label{"main.Process"}, Process, inChan, errChan, doneChan, workChan);
  go(Label{"main.ReportErrors"}, ReportErrors, errChan);

  std::vector<std::string> names = {"Doc", "Grumpy", "Happy", "Sleepy", "Bashful", "Sneezy", "Dopey"};
  for (const std::string& name : names) {
    inChan.send(New(name, workChan));
  }

  doneChan.recv();
  log::println("all 7 dwarves are done");
}

// Go runs the package's init() before main().
void init_then_main() {
  init();
  main_();
}

}  // namespace

GORO_EXAMPLE(init_then_main);

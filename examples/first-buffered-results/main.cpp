// first-buffered-results: "Writing my first concurrent program in Golang"
// (Avneet), results and errors gathered over a buffered channel. Lines are
// aligned with main.go.
#include "example.hpp"

#include <map>
#include <optional>
#include <stdexcept>

using namespace goro;

namespace {

// error is Go's error: std::nullopt is nil, and fmt prints a held error's message.
using error = std::optional<std::runtime_error>;

#line 7 "main.go"
struct ResultError {
  int result;
  error err;
};

std::pair<int, error> networkCall() {
  return {1, std::nullopt};
}

void worker(int workerId, Chan<ResultError> resultChannel) {
  println("Task started by worker", workerId);

  // Perform a network call
  auto [resp, err] = networkCall();
  resultChannel.send(ResultError{
      .result = resp,
      .err = err,
  });
}

void main_() {
  println("Starting main function");
  int numWorkers = 3;

  Chan<ResultError> resultChannel = Chan<ResultError>(numWorkers);

  std::vector<int> workers = {1, 2, 3};
  for (int workerId : workers) {
    go(Label{"main.worker"}, worker, workerId, resultChannel);
  }

  std::map<int, int> resultMap;  // make(map[int]int, numWorkers)
  for (int workerID : workers) {
    ResultError result = resultChannel.recv();
    if (result.err) {
      println("Error:", result.err);
    } else {
      resultMap[workerID] = result.result;
    }
  }

  println("Exiting main function with result:", resultMap);
}

}  // namespace

GORO_EXAMPLE(main_);

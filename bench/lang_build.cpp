// goro_lang_build: the Go interpreter's compile time, one benchmark per
// program named on the command line (bench/lang.mjs runs it once per
// examples/*/main.go, so that a crash costs one example). One iteration is
// one goro::lang::build of the source, from text to executable: parse,
// type-check, compile. Reading the file is not timed. The build runs on the
// calling thread, so its CPU time is the figure to read on a shared machine.
// A program that does not build is reported as that benchmark's error, with
// its first compile error.
//
// Usage: goro_lang_build [--benchmark_* flags] FILE.go...
#include <benchmark/benchmark.h>

#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>

#include <goro/lang.hpp>

namespace {

// BenchmarkName("examples/first-mutex-map/main.go") is "BM_Build/first-mutex-map":
// the program's folder, or the file's name when it has none.
std::string BenchmarkName(const std::string& path) {
  std::string name = path;
  const std::string main_go = "/main.go";
  if (name.size() > main_go.size() && name.compare(name.size() - main_go.size(), main_go.size(), main_go) == 0)
    name.resize(name.size() - main_go.size());
  if (auto slash = name.rfind('/'); slash != std::string::npos) name.erase(0, slash + 1);
  return "BM_Build/" + name;
}

void BM_Build(benchmark::State& state, const std::string& source) {
  for (auto _ : state) {
    goro::lang::Build b = goro::lang::build(source);
    if (!b.exe) {
      std::string message = b.errors.empty() ? "build failed" : b.errors.front().message;
      state.SkipWithError(message.c_str());  // copies the message
      break;
    }
    benchmark::DoNotOptimize(b.exe);
  }
}

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);  // removes the flags it knows, leaving the files
  if (argc < 2) {
    std::fprintf(stderr, "usage: goro_lang_build [--benchmark_* flags] FILE.go...\n");
    return 2;
  }
  for (int i = 1; i < argc; i++) {
    std::ifstream in(argv[i], std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "goro_lang_build: cannot read %s\n", argv[i]);
      return 2;
    }
    std::string source((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    benchmark::RegisterBenchmark(BenchmarkName(argv[i]).c_str(), BM_Build, source)
        ->Unit(benchmark::kMicrosecond);
  }
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}

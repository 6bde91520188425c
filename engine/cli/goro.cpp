// goro: run the articles' programs on the goro runtime.
//
//   goro list                              every example: slug, playground id, title
//   goro example <slug|id> [flags]         run one, as `go run main.go` would
//                                          (--lang go: its Go source, interpreted)
//   goro run prog.go [flags]               interpret a Go program, as `go run prog.go`
//   goro explore <slug|id|prog.go> --runs N  run N shuffled schedules, count the outcomes
//   goro show <slug|id> [--file F]         print main.go, main.cpp or example.json
//
// Bad input is one line on stderr and exit status 2, like the go command.
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "example.hpp"
#include "goro/goro.hpp"
#include "goro/lang.hpp"

namespace {

using goro::examples::Program;

struct Usage {
  std::string message;
};

nlohmann::json metadata(const Program& p) {
  auto j = nlohmann::json::parse(p.json, nullptr, /*allow_exceptions=*/false);
  return j.is_object() ? j : nlohmann::json::object();
}

std::string playground_id(const Program& p) {
  auto j = metadata(p);
  return j.contains("playground") && j["playground"].is_string() ? j["playground"].get<std::string>() : "";
}

// lookup() finds an example by slug or by its original playground id.
const Program& lookup(const std::string& name) {
  if (const Program* p = goro::examples::find(name)) return *p;
  for (const Program& p : goro::examples::programs())
    if (!name.empty() && playground_id(p) == name) return p;
  throw Usage{"unknown example \"" + name + "\" (goro list shows them all)"};
}

// parse_duration() reads Go duration syntax ("10s", "1.5s", "250ms", "2m").
std::chrono::milliseconds parse_duration(const std::string& s) {
  static const std::pair<const char*, double> kUnits[] = {{"ms", 1}, {"s", 1000}, {"m", 60000}, {"h", 3600000}};
  for (auto [unit, ms] : kUnits) {
    std::string u = unit;
    if (s.size() > u.size() && s.compare(s.size() - u.size(), u.size(), u) == 0) {
      std::string num = s.substr(0, s.size() - u.size());
      char* end = nullptr;
      double v = std::strtod(num.c_str(), &end);
      if (end && *end == 0 && v >= 0 && !num.empty() && std::isdigit(static_cast<unsigned char>(num[0])))
        return std::chrono::milliseconds(static_cast<int64_t>(v * ms));
    }
  }
  throw Usage{"invalid duration \"" + s + "\" (e.g. 10s, 500ms, 0 for none)"};
}

struct RunFlags {
  std::string lang = "cpp";
  int procs = 1;
  uint64_t seed = 1;
  bool shuffle = false;
  std::string clock = "virtual";
  std::string time_limit = "10s";
  size_t max_goroutines = 1'000'000;
  size_t output_limit = 16 << 20;
  bool leaks = false;

  void add_to(CLI::App* cmd) {
    cmd->add_option("--lang", lang, "Which program to run: cpp (the C++ port) or go (main.go, interpreted)")
        ->check(CLI::IsMember({"cpp", "go"}));
    cmd->add_option("--procs", procs, "Worker threads (GOMAXPROCS); 1 makes a run reproducible")
        ->check(CLI::Range(1, 256));
    cmd->add_option("--seed", seed, "Seed for select's random choice and, with --shuffle, the schedule");
    cmd->add_flag("--shuffle", shuffle, "Perturb the run order from the seed (explores other legal schedules)");
    cmd->add_option("--clock", clock, "virtual (time jumps when all goroutines sleep, like the Go playground) or real")
        ->check(CLI::IsMember({"virtual", "real"}));
    cmd->add_option("--time-limit", time_limit, "Wall-clock limit for the run, e.g. 10s; 0 = none");
    cmd->add_option("--max-goroutines", max_goroutines, "Most goroutines alive at once");
    cmd->add_option("--output-limit", output_limit, "Bytes of output before the run is stopped");
    cmd->add_flag("--leaks", leaks, "When main returns, list goroutines still blocked (on stderr)");
  }

  goro::Options options() const {
    goro::Options o;
    o.procs = procs;
    o.seed = seed;
    o.shuffle = shuffle;
    o.clock = clock == "real" ? goro::Clock::Real : goro::Clock::Virtual;
    o.time_limit = time_limit == "0" ? std::chrono::milliseconds{0} : parse_duration(time_limit);
    o.max_goroutines = max_goroutines;
    o.output_limit = output_limit;
    o.report_leaks = leaks;
    return o;
  }
};

// Target is what a command runs: an example's C++ port, or Go source
// built by the interpreter (compile errors are printed as `go run` prints
// them, and the command exits 2).
struct Target {
  std::string name;  // for messages: the slug or the file
  std::function<void()> port;
  std::shared_ptr<goro::lang::Executable> exe;

  int run(const goro::Options& o) const { return exe ? goro::lang::run(*exe, o) : goro::run(port, o); }
};

// ExitStatus ends the command with a status after its output is written.
struct ExitStatus {
  int code;
};

// interpreted() builds source; file is how errors and tracebacks name it
// ("./prog.go" for `goro run prog.go`, as go run prints it; "main.go" for
// an example, as its C++ port does).
Target interpreted(const std::string& name, std::string_view source, const std::string& file) {
  goro::lang::BuildOptions bo;
  bo.filename = file;
  goro::lang::Build b = goro::lang::build(source, bo);
  if (!b.exe) {
    std::fprintf(stderr, "%s%s", b.header ? "# command-line-arguments\n" : "", b.text.c_str());
    throw ExitStatus{b.status};
  }
  return Target{name, nullptr, b.exe};
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Usage{"cannot read " + path};
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (text.size() > (1 << 20)) throw Usage{path + ": larger than 1 MiB"};
  return text;
}

// target() resolves a command's argument: a .go file, else an example (its
// port, or with --lang go its main.go).
Target target(const std::string& name, const std::string& lang) {
  if (name.size() > 3 && name.compare(name.size() - 3, 3, ".go") == 0) {
    std::string base = name.substr(name.find_last_of('/') == std::string::npos ? 0 : name.find_last_of('/') + 1);
    return interpreted(name, read_file(name), "./" + base);
  }
  const Program& p = lookup(name);
  if (lang == "go") return interpreted(std::string(p.slug), p.file("main.go"), "main.go");
  return Target{std::string(p.slug), p.main, nullptr};
}

int cmd_list() {
  size_t w = 4;
  for (const Program& p : goro::examples::programs()) w = std::max(w, p.slug.size());
  for (const Program& p : goro::examples::programs()) {
    auto j = metadata(p);
    std::string id = playground_id(p);
    std::string title = j.value("title", "");
    std::printf("%-*s  %-11s  %s\n", int(w), std::string(p.slug).c_str(), id.empty() ? "-" : id.c_str(),
                title.c_str());
  }
  return 0;
}

int cmd_run(const Target& p, const RunFlags& flags, const std::string& trace_json, const std::string& trace_chrome) {
  goro::Options o = flags.options();
  goro::StdioSink stdio;
  goro::Sink* sink = &stdio;
  std::ofstream json_file, chrome_file;
  std::unique_ptr<goro::ChromeTraceSink> chrome;
  std::unique_ptr<goro::JsonLinesSink> json;
  auto open = [](std::ofstream& f, const std::string& path) {
    f.open(path);
    if (!f) throw Usage{"cannot write " + path};
  };
  if (!trace_chrome.empty()) {
    open(chrome_file, trace_chrome);
    chrome = std::make_unique<goro::ChromeTraceSink>(chrome_file, sink);
    sink = chrome.get();
  }
  if (!trace_json.empty()) {
    open(json_file, trace_json);
    json = std::make_unique<goro::JsonLinesSink>(json_file, sink);
    sink = json.get();
  }
  o.sink = sink == &stdio ? nullptr : sink;
  int status = p.run(o);
  if (chrome) chrome->finish();
  return status;
}


// OutcomeSink keeps a run's output in the order it was written, and the
// runtime's own report (written by no goroutine) apart from it.
class OutcomeSink : public goro::Sink {
 public:
  void output(const goro::OutputRecord& r) override {
    std::lock_guard lk(mu_);
    (r.goroutine == 0 && r.stream == goro::Stream::Stderr ? report : out).append(r.bytes);
  }
  bool wants_events() const override { return false; }
  std::string out, report;

 private:
  std::mutex mu_;
};

std::vector<std::string> split_lines(const std::string& s) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < s.size()) {
    size_t nl = s.find('\n', start);
    if (nl == std::string::npos) nl = s.size();
    lines.push_back(s.substr(start, nl - start));
    start = nl + 1;
  }
  return lines;
}

std::string report_line(const std::string& err) {
  for (const std::string& line : split_lines(err))
    if (line.rfind("panic: ", 0) == 0 || line.rfind("fatal error: ", 0) == 0 || line == "timeout running program")
      return line;
  return "";
}

// cmd_explore() runs seeds 1..runs with --shuffle and reports the outcomes:
// first by ending (exit status and report line), then, with --all, every
// distinct output (stdout and stderr, without the report) up to reordering
// of its lines.
int cmd_explore(const Target& p, RunFlags flags, int runs, bool all) {
  struct Seen {
    int count = 0;
    uint64_t first_seed = 0;
    std::string out;
  };
  struct Ending {
    int count = 0;
    std::map<std::vector<std::string>, Seen> outputs;
  };
  std::map<std::pair<int, std::string>, Ending> endings;
  for (int i = 0; i < runs; i++) {
    flags.seed = uint64_t(i) + 1;
    flags.shuffle = true;
    goro::Options o = flags.options();
    OutcomeSink sink;
    o.sink = &sink;
    int status = p.run(o);
    std::vector<std::string> lines = split_lines(sink.out);
    std::sort(lines.begin(), lines.end());
    Ending& e = endings[{status, report_line(sink.report)}];
    e.count++;
    Seen& s = e.outputs[lines];
    if (s.count++ == 0) s.first_seed = flags.seed, s.out = sink.out;
  }
  auto by_count = [](auto& a, auto& b) { return a.second.count > b.second.count; };
  std::vector<std::pair<std::pair<int, std::string>, Ending>> order(endings.begin(), endings.end());
  std::stable_sort(order.begin(), order.end(), by_count);
  std::string slug(p.name);
  std::printf("%s: %d runs with --shuffle (seeds 1-%d, procs %d)\n\n", slug.c_str(), runs, runs, flags.procs);
  for (auto& [end, e] : order) {
    std::string how = "exit status " + std::to_string(end.first) + (end.second.empty() ? "" : ", " + end.second);
    std::printf("%6d x  %-52s %zu distinct output%s\n", e.count, how.c_str(), e.outputs.size(),
                e.outputs.size() == 1 ? "" : "s");
  }
  for (auto& [end, e] : order) {
    std::vector<std::pair<std::vector<std::string>, Seen>> outs(e.outputs.begin(), e.outputs.end());
    std::stable_sort(outs.begin(), outs.end(), by_count);
    if (!all) outs.resize(1);
    for (auto& [lines, s] : outs) {
      std::printf("\nexit status %d%s%s, %d run%s; seed %llu prints (goro example %s --shuffle --seed %llu):\n",
                  end.first, end.second.empty() ? "" : ", ", end.second.c_str(), s.count, s.count == 1 ? "" : "s",
                  (unsigned long long)s.first_seed, slug.c_str(), (unsigned long long)s.first_seed);
      for (const std::string& line : split_lines(s.out)) std::printf("    %s\n", line.c_str());
    }
  }
  if (!all) std::printf("\n(--all lists every distinct output)\n");
  return 0;
}

int cmd_show(const std::string& name, const std::string& file) {
  const Program& p = lookup(name);
  std::string_view text = p.file(file);
  std::fwrite(text.data(), 1, text.size(), stdout);
  return 0;
}

int main_cli(int argc, char** argv) {
  CLI::App app{"goro: run the Go concurrency articles' programs on the goro runtime and see what really happens.",
               "goro"};
  app.require_subcommand(1);
  app.set_help_all_flag("--help-all", "Help for every command");

  app.add_subcommand("list", "List every example: slug, original playground id, title");

  std::string name, trace_json, trace_chrome, file = "main.go";
  int runs = 100;
  bool explore_all = false, disasm = false;
  RunFlags flags;

  CLI::App* example = app.add_subcommand("example", "Run an example's C++ port; output and exit status as `go run`");
  example->add_option("name", name, "Example slug or playground id (see goro list)")->required();
  flags.add_to(example);
  example->add_option("--trace-json", trace_json, "Write the run's output and runtime events as JSON Lines");
  example->add_option("--trace-chrome", trace_chrome, "Write a Chrome trace (Perfetto, chrome://tracing)");

  CLI::App* run = app.add_subcommand("run", "Interpret a Go program; output, errors and exit status as `go run`");
  run->add_option("file", name, "The program: a single-file package main")->required();
  flags.add_to(run);
  run->add_option("--trace-json", trace_json, "Write the run's output and runtime events as JSON Lines");
  run->add_option("--trace-chrome", trace_chrome, "Write a Chrome trace (Perfetto, chrome://tracing)");
  run->add_flag("--disasm", disasm, "Print the program's bytecode instead of running it");

  CLI::App* explore = app.add_subcommand("explore", "Run many shuffled schedules and count the distinct outcomes");
  explore->add_option("name", name, "Example slug or playground id, or a .go file")->required();
  explore->add_option("--lang", flags.lang, "cpp (the C++ port) or go (main.go, interpreted)")
      ->check(CLI::IsMember({"cpp", "go"}));
  explore->add_option("--runs", runs, "How many runs (seeds 1..N)")->check(CLI::Range(1, 100000));
  explore->add_option("--procs", flags.procs, "Worker threads")->check(CLI::Range(1, 256));
  explore->add_option("--time-limit", flags.time_limit, "Wall-clock limit per run");
  explore->add_flag("--all", explore_all, "Show every distinct output, not one per ending");

  CLI::App* show = app.add_subcommand("show", "Print an example's files");
  show->add_option("name", name, "Example slug or playground id")->required();
  show->add_option("--file", file, "main.go, main.cpp or example.json")
      ->check(CLI::IsMember({"main.go", "main.cpp", "example.json"}));

  auto is_command = [&](const std::string& name) {
    for (const CLI::App* sub : app.get_subcommands({})) if (sub->get_name() == name) return true;
    return false;
  };
  if (argc > 1 && argv[1][0] != '-' && !is_command(argv[1]))
    throw Usage{"unknown command \"" + std::string(argv[1]) + "\" (commands: list, example, run, explore, show)"};
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    std::cout << app.help();  // the chosen subcommand's help, if any
    return 0;
  } catch (const CLI::CallForAllHelp&) {
    std::cout << app.help("", CLI::AppFormatMode::All);
    return 0;
  } catch (const CLI::ParseError& e) {
    std::string msg = e.what();
    std::replace(msg.begin(), msg.end(), '\n', ' ');
    std::fprintf(stderr, "goro: %s (goro --help shows usage)\n", msg.c_str());
    return 2;
  }

  if (app.got_subcommand("list")) return cmd_list();
  if (app.got_subcommand("example")) return cmd_run(target(name, flags.lang), flags, trace_json, trace_chrome);
  if (app.got_subcommand("run")) {
    if (name.size() < 4 || name.compare(name.size() - 3, 3, ".go") != 0)
      throw Usage{"run: " + name + " is not a .go file"};
    Target t = target(name, "go");
    if (disasm) {
      std::fputs(goro::lang::disassemble(*t.exe).c_str(), stdout);
      return 0;
    }
    return cmd_run(t, flags, trace_json, trace_chrome);
  }
  if (app.got_subcommand("explore")) return cmd_explore(target(name, flags.lang), flags, runs, explore_all);
  return cmd_show(name, file);
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return main_cli(argc, argv);
  } catch (const Usage& u) {
    std::fprintf(stderr, "goro: %s\n", u.message.c_str());
    return 2;
  } catch (const ExitStatus& e) {
    return e.code;
  }
}

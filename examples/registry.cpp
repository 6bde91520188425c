// The table of example ports. Invariant: programs() is sorted by slug and
// holds exactly the ports whose static initializers have run (all of them
// once main() starts), each with the files embedded by examples_files.cpp.
#include <algorithm>
#include <map>

#include "example.hpp"

namespace goro::examples {

// Defined in the generated examples_files.cpp.
struct Files {
  std::string_view slug, json, go, cpp;
};
extern const Files kFiles[];
extern const size_t kFileCount;

namespace {

std::vector<Program>& table() {
  static std::vector<Program> programs;
  return programs;
}

}  // namespace

int add(std::string_view slug, void (*main)()) {
  Program p{slug, main, {}, {}, {}};
  for (size_t i = 0; i < kFileCount; i++)
    if (kFiles[i].slug == slug) p.json = kFiles[i].json, p.go = kFiles[i].go, p.cpp = kFiles[i].cpp;
  auto& t = table();
  t.insert(std::upper_bound(t.begin(), t.end(), p, [](const Program& a, const Program& b) { return a.slug < b.slug; }),
           p);
  return 0;
}

const std::vector<Program>& programs() { return table(); }

const Program* find(std::string_view slug) {
  for (const Program& p : table())
    if (p.slug == slug) return &p;
  return nullptr;
}

}  // namespace goro::examples

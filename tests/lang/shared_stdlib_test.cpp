// The shared standard library (check.hpp's SharedStdlib): programs checked
// with the default stub source share stubs checked once per process, see
// the same packages in the same order as a check of their own would give,
// cannot change the shared stubs, and build concurrently.
#include <gtest/gtest.h>

#include <goro/lang.hpp>

#include <string>
#include <thread>
#include <vector>

#include "check.hpp"
#include "parser.hpp"
#include "stdlib.hpp"

namespace goro::lang {
namespace {

struct Checked {
  Diagnostics diags;
  std::unique_ptr<File> file;
  TypeTable types;
  Package pkg;
  bool ok = false;
};

std::unique_ptr<Checked> checked(std::string_view src, const CheckOptions& options = {}) {
  auto c = std::make_unique<Checked>();
  c->file = parse_file(src, c->diags);
  if (c->diags.syntax_errors() == 0) c->ok = check(*c->file, c->types, c->diags, c->pkg, options);
  return c;
}

std::string paths(const Package& pkg) {
  std::string out;
  for (const CheckedFile& f : pkg.files) out += std::string(f.path) + " ";
  return out;
}

const char* kImportsMany = R"(package main

import (
	"context"
	"fmt"
	"log"
	"sort"
	"time"
)

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	xs := []int{3, 1, 2}
	sort.Ints(xs)
	log.Println(xs)
	fmt.Println(ctx.Err())
}
)";

TEST(SharedStdlib, ProgramsShareTheCheckedStubs) {
  auto a = checked(kImportsMany);
  auto b = checked(kImportsMany);
  ASSERT_TRUE(a->ok) << a->diags.format();
  ASSERT_TRUE(b->ok) << b->diags.format();
  EXPECT_TRUE(a->pkg.shared_stdlib);
  // the same checked stub, not a copy: fmt's scope is one object
  ASSERT_EQ(a->pkg.files.size(), b->pkg.files.size());
  for (size_t i = 0; i + 1 < a->pkg.files.size(); ++i) EXPECT_EQ(a->pkg.files[i].scope, b->pkg.files[i].scope);
  EXPECT_EQ(a->pkg.universe, b->pkg.universe);
  EXPECT_EQ(a->types.error_type(), b->types.error_type());
}

TEST(SharedStdlib, PackagesComeInTheOrderOfAPrivateCheck) {
  auto shared = checked(kImportsMany);
  CheckOptions own;
  own.stub_source = stdlib_source;  // a source of the caller's: stubs checked for this program alone
  auto alone = checked(kImportsMany, own);
  ASSERT_TRUE(shared->ok) << shared->diags.format();
  ASSERT_TRUE(alone->ok) << alone->diags.format();
  EXPECT_FALSE(alone->pkg.shared_stdlib);
  EXPECT_EQ(paths(shared->pkg), paths(alone->pkg));
  EXPECT_NE(shared->pkg.files.front().scope, alone->pkg.files.front().scope);
}

// A program named like a standard package still may not add methods to the
// stub's types; had it, the next program would see time.Duration with Foo.
TEST(SharedStdlib, AProgramCannotChangeTheStubs) {
  auto bad = checked("package time\n\nimport \"time\"\n\nfunc (d time.Duration) Foo() {}\n\nfunc main() {}\n");
  EXPECT_EQ(bad->diags.format(), "./prog.go:5:7: cannot define new methods on non-local type Duration\n");
  auto next = checked(
      "package main\n\nimport \"time\"\n\nvar _ interface{ Foo() } = time.Duration(0)\n\nfunc main() {}\n");
  EXPECT_FALSE(next->ok);
  EXPECT_NE(next->diags.format().find("does not implement"), std::string::npos) << next->diags.format();
}

TEST(SharedStdlib, ThreadsBuildAtTheSameTime) {
  const std::string expected = disassemble(*build(kImportsMany).exe);
  std::vector<std::string> got(4);
  std::vector<std::thread> threads;
  for (size_t i = 0; i < got.size(); ++i)
    threads.emplace_back([&got, i] {
      for (int n = 0; n < 5; ++n) {
        Build b = build(kImportsMany);
        got[i] = b.exe ? disassemble(*b.exe) : b.text;
      }
    });
  for (std::thread& t : threads) t.join();
  for (const std::string& g : got) EXPECT_EQ(g, expected);
}

}  // namespace
}  // namespace goro::lang

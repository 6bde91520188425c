// The checker's result contract (check.hpp), case by case: the types,
// modes and constant values it records on expressions, selections through
// embedded fields, type switch clause variables, builtin signatures, the
// initialization order, the checked files in dependency order, and the
// generic functions of standard-library stubs (with stubs written here, so
// the tests do not depend on the real ones).
#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <string>

#include "check.hpp"
#include "parser.hpp"

namespace goro::lang {
namespace {

// Stubs for these tests: a tiny fmt, strings importing io, and a generic
// slices package.
std::string_view test_stub(std::string_view path) {
  static const std::map<std::string_view, std::string_view> kStubs = {
      {"fmt", "package fmt\nfunc Println(a ...any) (n int, err error)\n"
              "type Stringer interface{ String() string }\n"},
      {"io", "package io\ntype Writer interface{ Write(p []byte) (n int, err error) }\n"},
      {"strings", "package strings\nimport \"io\"\ntype Builder struct{ buf []byte }\n"
                  "func (b *Builder) Write(p []byte) (int, error) { b.buf = append(b.buf, p...); return len(p), nil }\n"
                  "func (b *Builder) String() string { return string(b.buf) }\n"
                  "var _ io.Writer = (*Builder)(nil)\n"
                  "func Contains(s, substr string) bool\n"},
      {"slices", "package slices\nimport \"cmp\"\n"
                 "func Contains[S ~[]E, E comparable](s S, v E) bool {\n\tfor _, x := range s {\n\t\tif x == v {\n"
                 "\t\t\treturn true\n\t\t}\n\t}\n\treturn false\n}\n"
                 "func Index[S ~[]E, E comparable](s S, v E) int {\n\tfor i := range s {\n\t\tif v == s[i] {\n"
                 "\t\t\treturn i\n\t\t}\n\t}\n\treturn -1\n}\n"
                 "func Max[S ~[]E, E cmp.Ordered](x S) E {\n\tm := x[0]\n\tfor _, v := range x[1:] {\n"
                 "\t\tm = max(m, v)\n\t}\n\treturn m\n}\n"},
      {"cmp", "package cmp\ntype Ordered interface {\n\t~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | "
              "~uint16 | ~uint32 | ~uint64 | ~uintptr | ~float32 | ~float64 | ~string\n}\n"
              "func Compare[T Ordered](x, y T) int {\n\tif x < y {\n\t\treturn -1\n\t}\n\tif x > y {\n\t\treturn +1\n"
              "\t}\n\treturn 0\n}\n"},
  };
  auto it = kStubs.find(path);
  return it == kStubs.end() ? std::string_view() : it->second;
}

struct Checked {
  Diagnostics diags;
  std::unique_ptr<File> file;
  TypeTable types;
  Package pkg;
  bool ok = false;

  // value_of() is the initializer of package-level variable name.
  Expr* value_of(std::string_view name) const {
    for (Decl* d : file->decls) {
      auto* g = as<GenDecl>(d);
      if (!g || g->tok != Tok::Var) continue;
      for (Decl* s : g->specs) {
        auto* v = as<VarSpec>(s);
        for (size_t i = 0; i < v->names.size(); ++i) {
          if (v->names[i]->value == name) return v->values.size() > i ? v->values[i] : v->values[0];
        }
      }
    }
    return nullptr;
  }
  FuncDecl* func(std::string_view name) const {
    for (Decl* d : file->decls) {
      if (auto* f = as<FuncDecl>(d); f && f->name->value == name) return f;
    }
    return nullptr;
  }
};

std::unique_ptr<Checked> check_src(std::string_view src) {
  auto c = std::make_unique<Checked>();
  c->file = parse_file(src, c->diags);
  CheckOptions opts;
  opts.stub_source = test_stub;
  if (c->diags.syntax_errors() == 0) c->ok = check(*c->file, c->types, c->diags, c->pkg, opts);
  return c;
}

std::string t(const Expr* e) { return e && e->type ? type_string(e->type) : "<null>"; }
std::string v(const Expr* e) { return e && e->value ? e->value->to_string() : "<none>"; }

TEST(CheckResults, UntypedConstantsTakeTheirContextsType) {
  auto c = check_src(
      "package main\nvar f float64 = 1\nvar a any = 1\nvar i8 int8\nvar s = i8 + 1\nconst k = 1 << 3\n"
      "var r = 'x'\nvar big = 1e3\nvar f32 float32 = 0.1\nvar cmp = i8 < 2\nfunc main() {}\n");
  ASSERT_TRUE(c->ok) << c->diags.format();
  Expr* f = c->value_of("f");
  EXPECT_EQ(t(f), "float64");
  EXPECT_EQ(f->mode, Mode::Constant);
  ASSERT_TRUE(f->value);
  EXPECT_EQ(f->value->kind(), constant::Kind::Float);
  EXPECT_EQ(t(c->value_of("a")), "int");
  auto* sum = as<Operation>(c->value_of("s"));
  ASSERT_TRUE(sum);
  EXPECT_EQ(t(sum), "int8");
  EXPECT_EQ(sum->mode, Mode::Value);
  EXPECT_EQ(t(sum->y), "int8");
  EXPECT_EQ(v(sum->y), "1");
  EXPECT_EQ(t(c->value_of("r")), "rune");
  EXPECT_EQ(t(c->value_of("big")), "float64");
  EXPECT_EQ(v(c->value_of("f32")), "0.1");
  auto* cmp = as<Operation>(c->value_of("cmp"));
  EXPECT_EQ(t(cmp), "bool");
  EXPECT_EQ(t(cmp->y), "int8");
  Object* k = c->pkg.scope->lookup_local("k");
  ASSERT_TRUE(k);
  EXPECT_EQ(type_string(k->type), "untyped int");
  EXPECT_EQ(static_cast<Const*>(k)->value.to_string(), "8");
}

TEST(CheckResults, NilTakesTheTypeItIsComparedOrAssignedTo) {
  auto c = check_src("package main\nvar p *int\nvar b = p == nil\nvar e error = nil\nfunc main() {}\n");
  ASSERT_TRUE(c->ok) << c->diags.format();
  auto* cmp = as<Operation>(c->value_of("b"));
  EXPECT_EQ(t(cmp->y), "*int");
  EXPECT_EQ(t(c->value_of("e")), "error");
}

TEST(CheckResults, ModesOfExpressions) {
  auto c = check_src(
      "package main\nvar m map[string]int\nvar x = m[\"a\"]\nvar ch chan int\nvar r = <-ch\nvar s []int\n"
      "var e = s[0]\nvar arr = [...]int{1, 2, 3}\nvar n = len(arr)\nvar l = len(s)\n"
      "func two() (int, string) { return 1, \"\" }\nfunc main() {\n\tv, ok := m[\"k\"]\n\t_, _ = v, ok\n\ttwo()\n}\n");
  ASSERT_TRUE(c->ok) << c->diags.format();
  EXPECT_EQ(c->value_of("x")->mode, Mode::MapIndex);
  EXPECT_EQ(c->value_of("r")->mode, Mode::CommaOk);
  EXPECT_EQ(c->value_of("e")->mode, Mode::Variable);
  EXPECT_EQ(t(c->value_of("arr")), "[3]int");
  EXPECT_EQ(c->value_of("n")->mode, Mode::Constant);
  EXPECT_EQ(v(c->value_of("n")), "3");
  auto* len = as<CallExpr>(c->value_of("l"));
  EXPECT_EQ(len->mode, Mode::Value);
  EXPECT_EQ(len->fun->mode, Mode::Builtin);
  EXPECT_EQ(t(len->fun), "func([]int) int");
  // v, ok := m["k"]: the comma-ok expression is typed (int, bool)
  FuncDecl* main = c->func("main");
  auto* def = as<AssignStmt>(main->body->stmts[0]);
  EXPECT_EQ(t(def->rhs[0]), "(int, bool)");
  EXPECT_EQ(def->rhs[0]->mode, Mode::MapIndex);
  auto* call = as<ExprStmt>(main->body->stmts[2]);
  EXPECT_EQ(t(call->x), "(int, string)");
}

TEST(CheckResults, SelectionsThroughEmbeddedFields) {
  auto c = check_src(
      "package main\ntype A struct{ x int }\nfunc (a *A) M() int { return a.x }\nfunc (a A) V() int { return a.x }\n"
      "type B struct {\n\tname string\n\t*A\n}\nvar b B\nvar fx = b.x\nvar fm = b.M\nvar me = (*A).M\n"
      "var mv = A.V\nfunc main() {}\n");
  ASSERT_TRUE(c->ok) << c->diags.format();
  auto* fx = as<SelectorExpr>(c->value_of("fx"));
  ASSERT_TRUE(fx && fx->selection);
  EXPECT_EQ(fx->selection->kind, SelectionKind::FieldVal);
  EXPECT_EQ(fx->selection->index, (std::vector<int>{1, 0}));
  EXPECT_TRUE(fx->selection->indirect);
  EXPECT_EQ(fx->mode, Mode::Variable);
  EXPECT_EQ(fx->sel->obj, fx->selection->obj);
  auto* fm = as<SelectorExpr>(c->value_of("fm"));
  ASSERT_TRUE(fm && fm->selection);
  EXPECT_EQ(fm->selection->kind, SelectionKind::MethodVal);
  EXPECT_EQ(fm->selection->index, (std::vector<int>{1, 0}));
  EXPECT_EQ(t(fm), "func() int");
  auto* me = as<SelectorExpr>(c->value_of("me"));
  ASSERT_TRUE(me && me->selection);
  EXPECT_EQ(me->selection->kind, SelectionKind::MethodExpr);
  EXPECT_EQ(t(me), "func(*A) int");
  EXPECT_EQ(t(c->value_of("mv")), "func(A) int");
}

TEST(CheckResults, QualifiedIdentifiersHaveNoSelection) {
  auto c = check_src("package main\nimport \"fmt\"\nfunc main() { fmt.Println(1, \"a\") }\n");
  ASSERT_TRUE(c->ok) << c->diags.format();
  auto* call = as<CallExpr>(as<ExprStmt>(c->func("main")->body->stmts[0])->x);
  auto* sel = as<SelectorExpr>(call->fun);
  ASSERT_TRUE(sel);
  EXPECT_EQ(sel->selection, nullptr);
  ASSERT_TRUE(sel->sel->obj);
  EXPECT_EQ(sel->sel->obj->pkg, "fmt");
  EXPECT_EQ(sel->x->mode, Mode::PkgName);
  EXPECT_EQ(t(call->args[0]), "int");
  EXPECT_EQ(t(call->args[1]), "string");
}

TEST(CheckResults, TypeSwitchClauseVariables) {
  auto c = check_src(
      "package main\nfunc main() {\n\tvar x any = 1\n\tswitch v := x.(type) {\n\tcase int:\n\t\t_ = v\n"
      "\tcase string, error:\n\t\t_ = v\n\tdefault:\n\t}\n}\n");
  ASSERT_TRUE(c->ok) << c->diags.format();
  auto* sw = as<SwitchStmt>(c->func("main")->body->stmts[1]);
  ASSERT_EQ(sw->body.size(), 3u);
  ASSERT_TRUE(sw->body[0]->implicit);
  EXPECT_EQ(type_string(sw->body[0]->implicit->type), "int");
  EXPECT_EQ(type_string(sw->body[1]->implicit->type), "any");
  EXPECT_EQ(type_string(sw->body[2]->implicit->type), "any");
}

TEST(CheckResults, InitializationOrder) {
  auto c = check_src(
      "package main\nvar a = b + c\nvar b = f()\nvar c = 1\nvar d, e = g()\nvar unset int\n"
      "func f() int { return c * 2 }\nfunc g() (int, int) { return a, 0 }\nfunc main() {}\n");
  ASSERT_TRUE(c->ok) << c->diags.format();
  std::string order;
  for (const Initializer& init : c->pkg.init_order()) {
    for (Var* v : init.lhs) order += std::string(v->name);
    order += " ";
  }
  EXPECT_EQ(order, "c b a de ");
}

TEST(CheckResults, InitializationCycles) {
  auto c = check_src("package main\nvar x = f()\nfunc f() int { return x }\nvar y int = y\nfunc main() {}\n");
  EXPECT_EQ(c->diags.format(),
            "./prog.go:2:5: initialization cycle for x\n\t./prog.go:2:5: x refers to\n\t./prog.go:3:6: f refers to\n"
            "\t./prog.go:2:5: x\n./prog.go:4:5: initialization cycle: y refers to itself\n");
}

TEST(CheckResults, FilesInDependencyOrder) {
  auto c = check_src(
      "package main\nimport (\n\t\"fmt\"\n\t\"strings\"\n)\nfunc main() {\n\tvar b strings.Builder\n"
      "\tb.Write([]byte(\"x\"))\n\tfmt.Println(b.String(), strings.Contains(\"ab\", \"b\"))\n}\n");
  ASSERT_TRUE(c->ok) << c->diags.format();
  std::string paths;
  for (const CheckedFile& f : c->pkg.files) paths += std::string(f.path) + " ";
  EXPECT_EQ(paths, "fmt io strings main ");
  EXPECT_EQ(c->pkg.files.back().file, c->file.get());
  EXPECT_TRUE(c->pkg.files[0].is_stub);
}

TEST(CheckResults, StubMembersAndTheirMessages) {
  auto c = check_src(
      "package main\nimport (\n\t\"fmt\"\n\t\"strings\"\n)\nfunc main() {\n\tfmt.Printline(\"x\")\n"
      "\tvar b strings.Builder\n\t_ = b.buf\n\tvar s fmt.Stringer = b\n\t_ = s\n}\n");
  EXPECT_EQ(c->diags.format(),
            "./prog.go:7:6: undefined: fmt.Printline\n"
            "./prog.go:9:8: b.buf undefined (cannot refer to unexported field buf)\n"
            "./prog.go:10:23: cannot use b (variable of type strings.Builder) as fmt.Stringer value in variable "
            "declaration: strings.Builder does not implement fmt.Stringer (method String has pointer receiver)\n");
}

TEST(CheckResults, GenericStubFunctionsAreInstantiated) {
  auto c = check_src(
      "package main\nimport (\n\t\"cmp\"\n\t\"slices\"\n)\ntype IDs []int64\n"
      "var has = slices.Contains([]string{\"a\"}, \"b\")\nvar at = slices.Index(IDs{1, 2}, 2)\n"
      "var m = slices.Max([]float64{1, 2})\nvar o = cmp.Compare(1, 2)\nfunc main() {}\n");
  ASSERT_TRUE(c->ok) << c->diags.format();
  auto* has = as<CallExpr>(c->value_of("has"));
  EXPECT_EQ(t(has), "bool");
  EXPECT_EQ(t(has->fun), "func(s []string, v string) bool");
  auto* at = as<CallExpr>(c->value_of("at"));
  EXPECT_EQ(t(at->fun), "func(s IDs, v int64) int");
  EXPECT_EQ(t(at->args[1]), "int64");
  EXPECT_EQ(t(c->value_of("m")), "float64");
  auto* o = as<CallExpr>(c->value_of("o"));
  EXPECT_EQ(t(o->fun), "func(x int, y int) int");
}

TEST(CheckResults, GenericStubErrors) {
  auto c = check_src(
      "package main\nimport \"slices\"\nfunc main() {\n\t_ = slices.Contains([][]int{}, nil)\n"
      "\t_ = slices.Contains([]int{}, \"x\")\n\tf := slices.Contains\n\t_ = f\n}\n");
  EXPECT_EQ(c->diags.format(),
            "./prog.go:4:6: []int does not satisfy comparable\n"
            "./prog.go:5:31: cannot use \"x\" (untyped string constant) as int value in argument to slices.Contains\n"
            "./prog.go:6:7: cannot use generic function slices.Contains without instantiation\n");
}

TEST(CheckResults, UserGenericsAreRejected) {
  auto c = check_src("package main\nfunc F[T any](x T) T { return x }\nfunc main() {}\n");
  EXPECT_EQ(c->diags.format(), "./prog.go:2:8: generics are not supported yet\n");
}

}  // namespace
}  // namespace goro::lang

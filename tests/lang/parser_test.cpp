// Parser tests: the syntax tree of each construct (as its dump), the tree's
// recorded decisions (const groups, fields, generics, positions), syntax
// errors against the Go compiler's output (tests/lang/syntax/), robustness
// (nesting limit, mutated input), and the differential test against Go's
// own parser (go/parser through tests/lang/astdump).
#include "parser.hpp"

#include <gtest/gtest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "ast_dump.hpp"
#include "ast_print.hpp"

namespace goro::lang {
namespace {

namespace fs = std::filesystem;

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// compact() puts a dump on one line.
std::string compact(const std::string& dump) {
  std::string out;
  for (size_t i = 0; i < dump.size(); ++i) {
    if (dump[i] == '\n') {
      out += ' ';
      while (i + 1 < dump.size() && dump[i + 1] == ' ') ++i;
    } else {
      out += dump[i];
    }
  }
  return out;
}

struct Parsed {
  std::unique_ptr<File> file;
  Diagnostics diags;
};

Parsed parse(std::string_view src) {
  Parsed p;
  p.file = parse_file(src, p.diags);
  return p;
}

// body() parses statements as the body of func f, starting at line 3,
// column 1, and returns the function.
FuncDecl* body(Parsed& p, std::string_view stmts) {
  p = parse("package p\nfunc f() {\n" + std::string(stmts) + "\n}\n");
  EXPECT_TRUE(p.diags.empty()) << stmts << "\n" << p.diags.format();
  return as<FuncDecl>(p.file->decls.empty() ? nullptr : p.file->decls[0]);
}

// stmts() is the compact dump of statements parsed as a function body.
std::string stmts(std::string_view src) {
  Parsed p;
  FuncDecl* f = body(p, src);
  if (!f || !f->body) return "<no body>";
  std::string out;
  for (const Stmt* s : f->body->stmts) {
    if (!out.empty()) out += " ; ";
    out += compact(dump_node(s));
  }
  return out;
}

// expr() parses `_ = src` and returns the expression (kept alive by p).
Expr* expr(Parsed& p, std::string_view src) {
  FuncDecl* f = body(p, "_ = " + std::string(src));
  if (!f || !f->body || f->body->stmts.empty()) return nullptr;
  auto a = as<AssignStmt>(f->body->stmts[0]);
  return a && a->rhs.size() == 1 ? a->rhs[0] : nullptr;
}

std::string expr_dump(std::string_view src) {
  Parsed p;
  Expr* x = expr(p, src);
  return x ? compact(dump_node(x)) : "<none>";
}

std::string errors(std::string_view src) { return parse(src).diags.format(); }

// --- Constructs

TEST(Parser, SimpleStatements) {
  EXPECT_EQ(stmts("x = a + b*c"),
            "(assign 3:3 = (list (ident 3:1 \"x\")) (list (binary 3:7 + (ident 3:5 \"a\") (binary 3:10 * (ident 3:9 "
            "\"b\") (ident 3:11 \"c\")))))");
  EXPECT_EQ(stmts("a, b := f(x, y...)"),
            "(assign 3:6 := (list (ident 3:1 \"a\") (ident 3:4 \"b\")) (list (call 3:10 ... (ident 3:9 \"f\") (list "
            "(ident 3:11 \"x\") (ident 3:14 \"y\")))))");
  EXPECT_EQ(stmts("x++"), "(incdec 3:2 ++ (ident 3:1 \"x\"))");
  EXPECT_EQ(stmts("x--"), "(incdec 3:2 -- (ident 3:1 \"x\"))");
  EXPECT_EQ(stmts("ch <- v"), "(send 3:4 (ident 3:1 \"ch\") (ident 3:7 \"v\"))");
  EXPECT_EQ(stmts("v, ok := <-ch"),
            "(assign 3:7 := (list (ident 3:1 \"v\") (ident 3:4 \"ok\")) (list (unary 3:10 <- (ident 3:12 \"ch\"))))");
  EXPECT_EQ(stmts("x.y[i] &^= 2"),
            "(assign 3:8 &^= (list (index 3:4 (selector (ident 3:1 \"x\") (ident 3:3 \"y\")) (list (ident 3:5 "
            "\"i\")))) (list (lit 3:12 int \"2\")))");
  EXPECT_EQ(stmts("f()"), "(expr (call 3:2 (ident 3:1 \"f\") (list)))");
  EXPECT_EQ(stmts("{ ; }"), "(block 3:1 3:5 (list (empty 3:3)))");
}

TEST(Parser, ForStatements) {
  EXPECT_EQ(stmts("for {}"), "(for 3:1 nil nil nil (block 3:5 3:6 (list)))");
  EXPECT_EQ(stmts("for cond {}"), "(for 3:1 nil (ident 3:5 \"cond\") nil (block 3:10 3:11 (list)))");
  EXPECT_EQ(stmts("for i := 0; i < n; i++ {}"),
            "(for 3:1 (assign 3:7 := (list (ident 3:5 \"i\")) (list (lit 3:10 int \"0\"))) (binary 3:15 < (ident 3:13 "
            "\"i\") (ident 3:17 \"n\")) (incdec 3:21 ++ (ident 3:20 \"i\")) (block 3:24 3:25 (list)))");
  EXPECT_EQ(stmts("for ;; {}"), "(for 3:1 nil nil nil (block 3:8 3:9 (list)))");
  EXPECT_EQ(stmts("for range ch {}"), "(range 3:1 - (list) (ident 3:11 \"ch\") (block 3:14 3:15 (list)))");
  EXPECT_EQ(stmts("for i := range 10 {}"),
            "(range 3:1 := (list (ident 3:5 \"i\")) (lit 3:16 int \"10\") (block 3:19 3:20 (list)))");
  EXPECT_EQ(stmts("for k, v = range m {}"),
            "(range 3:1 = (list (ident 3:5 \"k\") (ident 3:8 \"v\")) (ident 3:18 \"m\") (block 3:20 3:21 (list)))");
  EXPECT_EQ(stmts("for _, v := range []int{1} {}"),
            "(range 3:1 := (list (ident 3:5 \"_\") (ident 3:8 \"v\")) (complit 3:24 3:26 (slicetype 3:19 (ident 3:21 "
            "\"int\")) (list (lit 3:25 int \"1\"))) (block 3:28 3:29 (list)))");
}

TEST(Parser, IfAndSwitch) {
  EXPECT_EQ(stmts("if v := f(); v > 0 {} else if w {} else {}"),
            "(if 3:1 (assign 3:6 := (list (ident 3:4 \"v\")) (list (call 3:10 (ident 3:9 \"f\") (list)))) (binary 3:16 "
            "> (ident 3:14 \"v\") (lit 3:18 int \"0\")) (block 3:20 3:21 (list)) (if 3:28 nil (ident 3:31 \"w\") "
            "(block 3:33 3:34 (list)) (block 3:41 3:42 (list))))");
  EXPECT_EQ(stmts("switch x := y.(type) { case int, string: default: }"),
            "(typeswitch 3:1 3:51 nil (ident 3:8 \"x\") (ident 3:13 \"y\") (list (case 3:24 3:40 (list (ident 3:29 "
            "\"int\") (ident 3:34 \"string\")) (list)) (default 3:42 3:49 (list))))");
  EXPECT_EQ(stmts("switch y.(type) {}"), "(typeswitch 3:1 3:18 nil nil (ident 3:8 \"y\") (list))");
  EXPECT_EQ(stmts("switch s := 1; s { case 1: fallthrough; case 2: }"),
            "(switch 3:1 3:49 (assign 3:10 := (list (ident 3:8 \"s\")) (list (lit 3:13 int \"1\"))) (ident 3:16 \"s\") "
            "(list (case 3:20 3:26 (list (lit 3:25 int \"1\")) (list (branch 3:28 fallthrough nil))) (case 3:41 3:47 "
            "(list (lit 3:46 int \"2\")) (list))))");
  EXPECT_EQ(stmts("switch {}"), "(switch 3:1 3:9 nil nil (list))");
}

TEST(Parser, CompositeLiteralOrBlockInHeaders) {
  // In a header, "{" after a name opens the block; parenthesized, it is a literal.
  EXPECT_EQ(stmts("if x == (T{}) {}"),
            "(if 3:1 nil (binary 3:6 == (ident 3:4 \"x\") (paren 3:9 (complit 3:11 3:12 (ident 3:10 \"T\") (list)))) "
            "(block 3:15 3:16 (list)) nil)");
  EXPECT_EQ(stmts("for x := range T {}"),
            "(range 3:1 := (list (ident 3:5 \"x\")) (ident 3:16 \"T\") (block 3:18 3:19 (list)))");
  // Literal types that are not names are literals even there.
  EXPECT_EQ(stmts("if len([]int{}) > 0 {}"),
            "(if 3:1 nil (binary 3:17 > (call 3:7 (ident 3:4 \"len\") (list (complit 3:13 3:14 (slicetype 3:8 "
            "(ident 3:10 \"int\")) (list)))) (lit 3:19 int \"0\")) (block 3:21 3:22 (list)) nil)");
  EXPECT_EQ(errors("package p\nfunc f() {\n\tif x == T{} {\n\t}\n}\n"),
            "./prog.go:3:14: syntax error: unexpected { at end of statement\n"
            "./prog.go:5:1: syntax error: non-declaration statement outside function body\n");
}

TEST(Parser, SelectAndBranches) {
  EXPECT_EQ(stmts("select { case v := <-c: case c <- 1: case <-c: default: }"),
            "(select 3:1 3:57 (list (comm 3:10 3:23 (assign 3:17 := (list (ident 3:15 \"v\")) (list (unary 3:20 <- "
            "(ident 3:22 \"c\")))) (list)) (comm 3:25 3:36 (send 3:32 (ident 3:30 \"c\") (lit 3:35 int \"1\")) "
            "(list)) (comm 3:38 3:46 (expr (unary 3:43 <- (ident 3:45 \"c\"))) (list)) (default 3:48 3:55 "
            "(list))))");
  EXPECT_EQ(stmts("L: for { break L; continue L; goto L }"),
            "(labeled 3:2 (ident 3:1 \"L\") (for 3:4 nil nil nil (block 3:8 3:38 (list (branch 3:10 break (ident "
            "3:16 \"L\")) (branch 3:19 continue (ident 3:28 \"L\")) (branch 3:31 goto (ident 3:36 \"L\"))))))");
  EXPECT_EQ(stmts("go f(); defer g()"),
            "(go 3:1 (call 3:5 (ident 3:4 \"f\") (list))) ; (defer 3:9 (call 3:16 (ident 3:15 \"g\") (list)))");
  EXPECT_EQ(stmts("return 1, 2"), "(return 3:1 (list (lit 3:8 int \"1\") (lit 3:11 int \"2\")))");
  EXPECT_EQ(stmts("return"), "(return 3:1 (list))");
  EXPECT_EQ(stmts("{\n\tgoto L\nL:\n}"),  // a label before "}" labels an empty statement
            "(block 3:1 6:1 (list (branch 4:2 goto (ident 4:7 \"L\")) (labeled 5:2 (ident 5:1 \"L\") (empty "
            "6:1))))");
}

TEST(Parser, LocalDeclarations) {
  EXPECT_EQ(stmts("var a, b int = 1, 2"),
            "(decl (gendecl var 3:1 - - (list (var (list (ident 3:5 \"a\") (ident 3:8 \"b\")) (ident 3:10 \"int\") "
            "(list (lit 3:16 int \"1\") (lit 3:19 int \"2\"))))))");
  EXPECT_EQ(stmts("type T struct{ a, b int; T2; *T3 \"tag\" }"),
            "(decl (gendecl type 3:1 - - (list (type def (ident 3:6 \"T\") (list) (struct 3:8 (list (field (list "
            "(ident 3:16 \"a\") (ident 3:19 \"b\")) (ident 3:21 \"int\") nil) (field (list) (ident 3:26 \"T2\") nil) "
            "(field (list) (unary 3:30 * (ident 3:31 \"T3\")) (lit 3:34 string \"\\\"tag\\\"\"))))))))");
  EXPECT_EQ(stmts("type A = int"), "(decl (gendecl type 3:1 - - (list (type alias (ident 3:6 \"A\") (list) (ident "
                                   "3:10 \"int\")))))");
}

TEST(Parser, Expressions) {
  EXPECT_EQ(expr_dump("T{1, 2}"), "(complit 3:6 3:11 (ident 3:5 \"T\") (list (lit 3:7 int \"1\") (lit 3:10 int \"2\")))");
  EXPECT_EQ(expr_dump("[...]int{1: 2, 3}"),
            "(complit 3:13 3:21 (array 3:5 ... (ident 3:10 \"int\")) (list (kv 3:15 (lit 3:14 int \"1\") (lit 3:17 int "
            "\"2\")) (lit 3:20 int \"3\")))");
  EXPECT_EQ(expr_dump("[][]int{{1}, {2}}"),
            "(complit 3:12 3:21 (slicetype 3:5 (slicetype 3:7 (ident 3:9 \"int\"))) (list (complit 3:13 3:15 nil "
            "(list (lit 3:14 int \"1\"))) (complit 3:18 3:20 nil (list (lit 3:19 int \"2\")))))");
  EXPECT_EQ(expr_dump("map[string]T{\"a\": {1}}"),
            "(complit 3:17 3:26 (map 3:5 (ident 3:9 \"string\") (ident 3:16 \"T\")) (list (kv 3:21 (lit 3:18 string "
            "\"\\\"a\\\"\") (complit 3:23 3:25 nil (list (lit 3:24 int \"1\"))))))");
  EXPECT_EQ(expr_dump("s[1:2:3]"),
            "(slice3 3:6 (ident 3:5 \"s\") (lit 3:7 int \"1\") (lit 3:9 int \"2\") (lit 3:11 int \"3\"))");
  EXPECT_EQ(expr_dump("s[:]"), "(slice2 3:6 (ident 3:5 \"s\") nil nil nil)");
  EXPECT_EQ(expr_dump("s[i:]"), "(slice2 3:6 (ident 3:5 \"s\") (ident 3:7 \"i\") nil nil)");
  EXPECT_EQ(expr_dump("x.(T)"), "(assert (ident 3:5 \"x\") (ident 3:8 \"T\"))");
  EXPECT_EQ(expr_dump("&T{}"), "(unary 3:5 & (complit 3:7 3:8 (ident 3:6 \"T\") (list)))");
  EXPECT_EQ(expr_dump("&(x)"), "(unary 3:5 & (ident 3:7 \"x\"))");  // the compiler drops these parentheses
  EXPECT_EQ(expr_dump("-x + ^y"), "(binary 3:8 + (unary 3:5 - (ident 3:6 \"x\")) (unary 3:10 ^ (ident 3:11 \"y\")))");
  EXPECT_EQ(expr_dump("(*T).m"), "(selector (paren 3:5 (unary 3:6 * (ident 3:7 \"T\"))) (ident 3:10 \"m\"))");
  EXPECT_EQ(expr_dump("[]int(nil)"), "(call 3:10 (slicetype 3:5 (ident 3:7 \"int\")) (list (ident 3:11 \"nil\")))");
  EXPECT_EQ(expr_dump("1.5i + 0x1p-2 + 'x' + `r`"),
            "(binary 3:25 + (binary 3:19 + (binary 3:10 + (lit 3:5 imag \"1.5i\") (lit 3:12 float \"0x1p-2\")) (lit "
            "3:21 char \"'x'\")) (lit 3:27 string \"`r`\"))");
  EXPECT_EQ(expr_dump("func(a, b int, c ...string) (r int, err error) { return }"),
            "(funclit 3:5 (functype 3:9 (list (field (list (ident 3:10 \"a\") (ident 3:13 \"b\")) (ident 3:15 \"int\") "
            "nil) (field (list (ident 3:20 \"c\")) (dots 3:22 (ident 3:25 \"string\")) nil)) (list (field (list "
            "(ident 3:34 \"r\")) (ident 3:36 \"int\") nil) (field (list (ident 3:41 \"err\")) (ident 3:45 \"error\") "
            "nil))) (block 3:52 3:61 (list (return 3:54 (list)))))");
}

TEST(Parser, Precedence) {
  // Go's five binary precedence levels, left-associative within a level.
  Parsed p;
  EXPECT_EQ(node_string(expr(p, "a || b && c == d + e * f")), "a || b && c == d + e * f");
  auto* top = as<Operation>(expr(p, "a || b && c == d + e * f"));
  ASSERT_TRUE(top);
  EXPECT_EQ(top->op, Op::OrOr);
  auto* and_ = as<Operation>(top->y);
  ASSERT_TRUE(and_);
  EXPECT_EQ(and_->op, Op::AndAnd);
  auto* eq = as<Operation>(and_->y);
  ASSERT_TRUE(eq);
  EXPECT_EQ(eq->op, Op::Eql);
  auto* add = as<Operation>(eq->y);
  ASSERT_TRUE(add);
  EXPECT_EQ(add->op, Op::Add);
  EXPECT_EQ(as<Operation>(add->y)->op, Op::Mul);
  auto* sub = as<Operation>(expr(p, "a - b - c"));
  ASSERT_TRUE(sub);
  EXPECT_TRUE(as<Operation>(sub->x));  // (a - b) - c
  EXPECT_TRUE(as<Name>(sub->y));
  auto* shift = as<Operation>(expr(p, "1 << n + 1"));
  ASSERT_TRUE(shift);
  EXPECT_EQ(shift->op, Op::Add);  // << binds tighter than +
}

TEST(Parser, ChannelTypes) {
  Parsed p;
  auto chan_string = [&](std::string_view decl) {
    p = parse("package p\nvar x " + std::string(decl) + "\n");
    EXPECT_TRUE(p.diags.empty()) << decl << "\n" << p.diags.format();
    auto g = as<GenDecl>(p.file->decls[0]);
    return node_string(static_cast<VarSpec*>(g->specs[0])->type);
  };
  EXPECT_EQ(chan_string("chan<- <-chan int"), "chan<- <-chan int");   // chan<- (<-chan int)
  EXPECT_EQ(chan_string("chan<- chan int"), "chan<- chan int");       // chan<- (chan int)
  EXPECT_EQ(chan_string("<-chan <-chan int"), "<-chan <-chan int");   // <-chan (<-chan int)
  EXPECT_EQ(chan_string("chan (<-chan int)"), "chan (<-chan int)");
  // In an expression <- is re-associated with the channel type.
  EXPECT_EQ(expr_dump("(<-chan int)(nil)"),
            "(call 3:17 (paren 3:5 (chan 3:6 recv (ident 3:13 \"int\"))) (list (ident 3:18 \"nil\")))");
  EXPECT_EQ(expr_dump("<-chan int(nil)"),  // a receive from the conversion chan int(nil)
            "(unary 3:5 <- (call 3:15 (chan 3:7 both (ident 3:12 \"int\")) (list (ident 3:16 \"nil\"))))");
}

TEST(Parser, InterfaceAndStructTypes) {
  EXPECT_EQ(expr_dump("(interface{ m(int) bool; io.Reader })(nil)"),
            "(call 3:42 (paren 3:5 (interface 3:6 (list (field (list (ident 3:17 \"m\")) (functype 3:18 (list (field "
            "(list) (ident 3:19 \"int\") nil)) (list (field (list) (ident 3:24 \"bool\") nil))) nil) (field (list) "
            "(selector (ident 3:30 \"io\") (ident 3:33 \"Reader\")) nil)))) (list (ident 3:43 \"nil\")))");
  EXPECT_EQ(expr_dump("struct{}{}"), "(complit 3:13 3:14 (struct 3:5 (list)) (list))");
}

// --- The tree's recorded decisions

TEST(Parser, ConstGroupsRecordIotaAndRepetition) {
  Parsed p = parse("package p\nconst (\n\ta, b = iota, iota * 10\n\tc, d\n\te int = 5\n\tf\n)\nconst g = 1\n");
  ASSERT_TRUE(p.diags.empty()) << p.diags.format();
  ASSERT_EQ(p.file->decls.size(), 2u);
  auto* g = as<GenDecl>(p.file->decls[0]);
  ASSERT_TRUE(g);
  EXPECT_EQ(g->tok, Tok::Const);
  EXPECT_TRUE(g->grouped());
  EXPECT_EQ(g->pos, (Pos{2, 1}));
  EXPECT_EQ(g->lparen, (Pos{2, 7}));
  EXPECT_EQ(g->rparen, (Pos{7, 1}));
  ASSERT_EQ(g->specs.size(), 4u);
  auto spec = [&](size_t i) { return static_cast<ConstSpec*>(g->specs[i]); };
  for (size_t i = 0; i < 4; ++i) {
    EXPECT_EQ(spec(i)->iota, i);
    EXPECT_EQ(spec(i)->group, g);
  }
  EXPECT_EQ(spec(0)->inherit, nullptr);
  EXPECT_EQ(spec(1)->inherit, spec(0));  // c, d repeat "= iota, iota * 10"
  EXPECT_TRUE(spec(1)->values.empty());
  EXPECT_EQ(spec(2)->inherit, nullptr);
  EXPECT_EQ(spec(3)->inherit, spec(2));  // f repeats "int = 5"
  auto* single = as<GenDecl>(p.file->decls[1]);
  ASSERT_TRUE(single);
  EXPECT_FALSE(single->grouped());
  EXPECT_EQ(static_cast<ConstSpec*>(single->specs[0])->iota, 0u);
}

TEST(Parser, ConstWithoutValuesHasNothingToRepeat) {
  Parsed p = parse("package p\nconst (\n\ta\n\tb int\n\tc\n)\n");
  ASSERT_TRUE(p.diags.empty()) << p.diags.format();  // the checker reports these, as types2 does
  auto* g = as<GenDecl>(p.file->decls[0]);
  EXPECT_EQ(static_cast<ConstSpec*>(g->specs[0])->inherit, nullptr);
  EXPECT_EQ(static_cast<ConstSpec*>(g->specs[1])->inherit, nullptr);  // has a type
  EXPECT_EQ(static_cast<ConstSpec*>(g->specs[2])->inherit, g->specs[1]);
}

TEST(Parser, ImportsGroupedNamedDotBlank) {
  Parsed p = parse("package main\nimport \"fmt\"\nimport (\n\tf \"fmt\"\n\t. \"math\"\n\t_ \"os\"\n)\n");
  ASSERT_TRUE(p.diags.empty()) << p.diags.format();
  ASSERT_EQ(p.file->decls.size(), 2u);
  auto* single = as<GenDecl>(p.file->decls[0]);
  auto* group = as<GenDecl>(p.file->decls[1]);
  ASSERT_TRUE(single && group);
  auto spec = [](GenDecl* g, size_t i) { return static_cast<ImportSpec*>(g->specs[i]); };
  EXPECT_EQ(spec(single, 0)->local_name, nullptr);
  EXPECT_EQ(spec(single, 0)->path->value, "\"fmt\"");
  ASSERT_EQ(group->specs.size(), 3u);
  EXPECT_EQ(spec(group, 0)->local_name->value, "f");
  EXPECT_EQ(spec(group, 1)->local_name->value, ".");
  EXPECT_EQ(spec(group, 1)->local_name->pos, (Pos{5, 2}));
  EXPECT_EQ(spec(group, 2)->local_name->value, "_");
  EXPECT_EQ(p.file->pkg_name->value, "main");
}

TEST(Parser, FieldsGroupNamesSharingAType) {
  Parsed p = parse("package p\nfunc f(a, b int, c string, d ...int) (x, y int) {}\n"
                   "func (r *T) m(int, string) error { return nil }\n");
  ASSERT_TRUE(p.diags.empty()) << p.diags.format();
  auto* f = as<FuncDecl>(p.file->decls[0]);
  ASSERT_TRUE(f);
  EXPECT_EQ(f->keyword, (Pos{2, 1}));
  EXPECT_EQ(f->pos, (Pos{2, 6}));  // the compiler's position: the name
  ASSERT_EQ(f->type->params.size(), 3u);
  EXPECT_EQ(f->type->params[0]->names.size(), 2u);
  EXPECT_EQ(f->type->params[1]->names.size(), 1u);
  EXPECT_TRUE(as<DotsType>(f->type->params[2]->type));
  ASSERT_EQ(f->type->results.size(), 1u);
  EXPECT_EQ(f->type->results[0]->names.size(), 2u);
  auto* m = as<FuncDecl>(p.file->decls[1]);
  ASSERT_TRUE(m && m->recv);
  EXPECT_EQ(m->recv->names[0]->value, "r");
  EXPECT_EQ(m->pos, (Pos{3, 6}));  // the receiver's "("
  ASSERT_EQ(m->type->params.size(), 2u);
  EXPECT_TRUE(m->type->params[0]->names.empty());
  EXPECT_EQ(m->type->results.size(), 1u);
}

TEST(Parser, GenericsAreParsedForTheChecker) {
  Parsed p = parse(
      "package p\n"
      "func Map[T, U any](s []T, f func(T) U) []U { return nil }\n"
      "type List[T any] struct{ next *List[T] }\n"
      "type Number interface{ ~int | ~float64 }\n"
      "type Pair[K comparable, V any] struct{}\n"
      "var x = Map[int, string]\n"
      "var y Pair[string, int]\n");
  ASSERT_TRUE(p.diags.empty()) << p.diags.format();
  auto* map = as<FuncDecl>(p.file->decls[0]);
  ASSERT_TRUE(map);
  ASSERT_EQ(map->tparams.size(), 1u);
  EXPECT_EQ(map->tparams[0]->names.size(), 2u);
  auto* list = static_cast<TypeSpec*>(as<GenDecl>(p.file->decls[1])->specs[0]);
  EXPECT_EQ(list->tparams.size(), 1u);
  auto* number = static_cast<TypeSpec*>(as<GenDecl>(p.file->decls[2])->specs[0]);
  auto* iface = as<InterfaceType>(number->type);
  ASSERT_TRUE(iface);
  ASSERT_EQ(iface->elems.size(), 1u);
  auto* u = as<Operation>(iface->elems[0]->type);
  ASSERT_TRUE(u);
  EXPECT_EQ(u->op, Op::Or);
  EXPECT_EQ(node_string(u), "~int | ~float64");
  auto* x = static_cast<VarSpec*>(as<GenDecl>(p.file->decls[4])->specs[0]);
  auto* inst = as<IndexExpr>(x->values[0]);
  ASSERT_TRUE(inst);
  EXPECT_EQ(inst->index.size(), 2u);
  // An array type is not mistaken for a type parameter list.
  Parsed a = parse("package p\nconst N = 4\ntype A [N]int\ntype B [N * 2]int\n");
  ASSERT_TRUE(a.diags.empty()) << a.diags.format();
  EXPECT_TRUE(as<ArrayType>(static_cast<TypeSpec*>(as<GenDecl>(a.file->decls[1])->specs[0])->type));
  EXPECT_TRUE(as<ArrayType>(static_cast<TypeSpec*>(as<GenDecl>(a.file->decls[2])->specs[0])->type));
}

TEST(Parser, PositionsAreTheCompilers) {
  Parsed p;
  Expr* call = expr(p, "fmt.Println(a + b)");
  ASSERT_TRUE(call);
  EXPECT_EQ(call->pos, (Pos{3, 16}));        // the "("
  EXPECT_EQ(start_pos(call), (Pos{3, 5}));   // fmt
  auto* c = as<CallExpr>(call);
  EXPECT_EQ(c->fun->pos, (Pos{3, 8}));       // the "."
  EXPECT_EQ(c->args[0]->pos, (Pos{3, 19}));  // the "+"
  EXPECT_EQ(start_pos(c->args[0]), (Pos{3, 17}));
  Expr* lit = expr(p, "pkg.T{1}");
  EXPECT_EQ(lit->pos, (Pos{3, 10}));  // the "{"
  EXPECT_EQ(start_pos(lit), (Pos{3, 5}));
  Expr* neg = expr(p, "-x");
  EXPECT_EQ(start_pos(neg), (Pos{3, 5}));
  Parsed q;
  FuncDecl* f = body(q, "x, y := 1, 2");
  auto* a = as<AssignStmt>(f->body->stmts[0]);
  EXPECT_EQ(a->pos, (Pos{3, 6}));
  EXPECT_EQ(start_pos(a), (Pos{3, 1}));
}

TEST(Parser, NodeStringIsTheCompilersShortForm) {
  const std::pair<std::string_view, std::string_view> cases[] = {
      {"a+b*c", "a + b * c"},
      {"f(x, y...)", "f(x, y...)"},
      {"[]int{1, 2}", "[]int{…}"},
      {"T{}", "T{}"},
      {"func(a, b int) (string, error) { return }", "func(a, b int) (string, error) {…}"},
      {"func() {}", "func() {}"},
      {"map[string][]*T(nil)", "map[string][]*T(nil)"},
      {"s[1:2:3]", "s[1:2:3]"},
      {"s[:n]", "s[:n]"},
      {"x.(interface{ m() })", "x.(interface{m()})"},
      {"struct{ a, b int; c string \"t\" }{}", "struct{a, b int; c string \"t\"}{}"},
      {"<-ch", "<-ch"},
      {"[...]int{}", "[...]int{}"},
      {"(a)", "(a)"},
      {"func(int) int(nil)", "func(int) int(nil)"},
  };
  for (const auto& [src, want] : cases) {
    Parsed p;
    Expr* x = expr(p, src);
    ASSERT_TRUE(x) << src;
    EXPECT_EQ(node_string(x), want) << src;
  }
}

TEST(Parser, BranchTargets) {
  Parsed p = parse(
      "package p\nfunc f() {\nL:\n\tfor {\n\t\tswitch {\n\t\tcase true:\n\t\t\tbreak\n\t\t}\n"
      "\t\tbreak L\n\t\tcontinue\n\t}\n\tgoto L\n}\n");
  ASSERT_TRUE(p.diags.empty()) << p.diags.format();
  auto* f = as<FuncDecl>(p.file->decls[0]);
  auto* label = as<LabeledStmt>(f->body->stmts[0]);
  ASSERT_TRUE(label);
  auto* loop = as<ForStmt>(label->stmt);
  ASSERT_TRUE(loop);
  auto* sw = as<SwitchStmt>(loop->body->stmts[0]);
  ASSERT_TRUE(sw);
  EXPECT_EQ(as<BranchStmt>(sw->body[0]->body[0])->target, sw);  // break: the switch
  EXPECT_EQ(as<BranchStmt>(loop->body->stmts[1])->target, loop);  // break L: the loop
  EXPECT_EQ(as<BranchStmt>(loop->body->stmts[2])->target, loop);  // continue
  EXPECT_EQ(as<BranchStmt>(f->body->stmts[1])->target, label);  // goto L: the labeled statement
}

TEST(Parser, BranchChecksSkipFunctionsWithErrors) {
  // As the compiler: no branch checks for a body with errors, which may
  // be incomplete; other functions are checked.
  EXPECT_EQ(errors("package p\nfunc f() {\n\tbreak\n\tx :=\n}\nfunc g() {\n\tbreak\n}\n"),
            "./prog.go:5:1: syntax error: unexpected }, expected expression\n"
            "./prog.go:7:2: break is not in a loop, switch, or select\n");
  // Function literals are checked on their own.
  EXPECT_EQ(errors("package p\nfunc f() {\n\tfor {\n\t\t_ = func() { continue }\n\t}\n}\n"),
            "./prog.go:4:16: continue is not in a loop\n");
  ParseOptions options;
  options.check_branches = false;
  Diagnostics d;
  parse_file("package p\nfunc f() { break }\n", d, options);
  EXPECT_TRUE(d.empty());
}

// --- Syntax errors, as the Go compiler reports them

std::string first_line(const std::string& s) { return s.substr(0, s.find('\n')); }

TEST(Parser, SyntaxErrorMessages) {
  const std::pair<std::string_view, std::string_view> cases[] = {
      {"package p\nfunc f() {\n\tx :=\n}\n", "./prog.go:4:1: syntax error: unexpected }, expected expression"},
      {"package p\nfunc f() {\n\ta b\n}\n", "./prog.go:3:4: syntax error: unexpected b at end of statement"},
      {"package p\nfunc f() {\n\tf(1,\n\t2\n\t)\n}\n",
       "./prog.go:4:3: syntax error: unexpected newline in argument list; possibly missing comma or )"},
      {"package p\nvar x = []int{\n\t1\n}\n",
       "./prog.go:3:3: syntax error: unexpected newline in composite literal; possibly missing comma or }"},
      {"package p\nx := 1\n", "./prog.go:2:1: syntax error: non-declaration statement outside function body"},
      {"package p\nfunc f()\n{\n}\n", "./prog.go:3:1: syntax error: unexpected semicolon or newline before {"},
      {"package p\nfunc f() {\n\tif x {\n\t}\n\telse {\n\t}\n}\n",
       "./prog.go:5:2: syntax error: unexpected else, expected }"},
      {"package p\nfunc f() {\n\tfor var i = 0; ; {\n\t}\n}\n",
       "./prog.go:3:10: syntax error: var declaration not allowed in for initializer"},
      {"package p\nfunc f() {\n\tgo (f())\n}\n", "./prog.go:3:5: expression in go must not be parenthesized"},
      {"package p\nfunc f(a int, string) {}\n", "./prog.go:2:15: syntax error: mixed named and unnamed parameters"},
      {"package p\nfunc f() {\n\tif x = <-c {\n\t}\n}\n",
       "./prog.go:3:7: syntax error: cannot use assignment x = <-c as value"},
      {"package p\nfunc f() {\n\tif c <- x {\n\t}\n}\n", "./prog.go:3:7: syntax error: cannot use c <- x as value"},
      {"package p\nfunc f() {\n\tif x++ {\n\t}\n}\n", "./prog.go:3:6: syntax error: cannot use x++ as value"},
      {"package p\nvar c = <-chan<- int\n", "./prog.go:2:21: syntax error: unexpected int, expected chan"},
      {"package p\ntype T [2,]int\n", "./prog.go:2:10: syntax error: unexpected comma; expected ]"},
      {"package p\nimport \"a\"; var x int; import \"b\"\n",
       "./prog.go:2:24: syntax error: imports must appear before other declarations"},
      // A label before "}" labels an empty statement (unused here).
      {"package p\nfunc f() {\n\tL:\n}\nfunc g() {\n\tswitch {\n\tcase true:\n\tM:\n\t}\n}\n",
       "./prog.go:3:2: label L defined and not used"},
  };
  for (const auto& [src, want] : cases) EXPECT_EQ(first_line(errors(src)), want) << src;
}

// Each tests/lang/syntax/NAME.go starts with "// want: LINE" comments: the
// lines `go build` prints for it (Go 1.22's wording), which we must print.
// They are the errors the compiler reports while parsing: lexical, syntax
// and branch errors.
TEST(Parser, SyntaxErrorFilesMatchGoBuild) {
  const fs::path dir = fs::path(GORO_SOURCE_DIR) / "tests/lang/syntax";
  int files = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() != ".go") continue;
    ++files;
    const std::string src = read_file(entry.path());
    std::string want;
    std::istringstream lines(src);
    for (std::string line; std::getline(lines, line);) {
      if (line.starts_with("// want: ")) want += line.substr(9) + "\n";
    }
    EXPECT_FALSE(want.empty()) << entry.path();
    EXPECT_EQ(errors(src), want) << entry.path();
  }
  EXPECT_GE(files, 50);
}

TEST(Parser, ParsesAfterLexicalErrors) {
  Parsed p = parse("package p\nvar s = \"\\q\"\nvar n = 08\nvar ok = 1\n");
  EXPECT_EQ(p.diags.format(), "./prog.go:2:11: unknown escape\n./prog.go:3:10: invalid digit '8' in octal literal\n");
  ASSERT_EQ(p.file->decls.size(), 3u);  // a bad literal is still a literal (marked bad)
  auto lit = [&](size_t i) {
    return as<BasicLit>(static_cast<VarSpec*>(as<GenDecl>(p.file->decls[i])->specs[0])->values[0]);
  };
  EXPECT_TRUE(lit(0)->bad);
  EXPECT_TRUE(lit(1)->bad);
  EXPECT_FALSE(lit(2)->bad);
}

// --- Diagnostics (as go build prints them)

TEST(Diagnostics, SortedOnePerLineAndTooMany) {
  Diagnostics d;
  d.error({3, 5}, "syntax error: b");
  d.error({1, 2}, "x declared and not used");
  d.error({3, 1}, "syntax error: dropped: one syntax error per line");
  d.error({1, 9}, "x declared and not used");  // same line, same message: dropped
  d.error({1, 9}, "other message");
  EXPECT_EQ(d.format(),
            "./prog.go:1:2: x declared and not used\n./prog.go:1:9: other message\n./prog.go:3:5: syntax error: b\n");
  Diagnostics many;
  for (uint32_t i = 12; i > 0; --i) many.error({i, 1}, "e" + std::to_string(i));
  EXPECT_TRUE(many.full());
  EXPECT_EQ(many.size(), Diagnostics::kMaxErrors);
  // The 10th error reported (line 3) is where the compiler stopped.
  EXPECT_EQ(many.format("./x.go"),
            "./x.go:3:1: e3\n./x.go:4:1: e4\n./x.go:5:1: e5\n./x.go:6:1: e6\n./x.go:7:1: e7\n./x.go:8:1: e8\n"
            "./x.go:9:1: e9\n./x.go:10:1: e10\n./x.go:11:1: e11\n./x.go:12:1: e12\n./x.go:3:1: too many errors\n");
  Diagnostics unknown;
  unknown.error({}, "no position");
  EXPECT_EQ(unknown.format(), "no position\n");
}

TEST(Diagnostics, CountsSyntaxErrors) {
  // The compiler type-checks a program only without syntax errors; lexical
  // and branch errors do not count.
  Parsed lexical = parse("package p\nvar s = \"\\q\"\nfunc f() { break }\n");
  EXPECT_EQ(lexical.diags.size(), 2u);
  EXPECT_EQ(lexical.diags.syntax_errors(), 0u);
  Parsed syntax = parse("package p\nvar x = (1 2) + (3 4)\n");
  EXPECT_EQ(syntax.diags.size(), 1u);  // one per line is kept...
  EXPECT_EQ(syntax.diags.syntax_errors(), 2u);  // ...but all count
  EXPECT_EQ(syntax.diags.reported(), 2u);
}

// --- Robustness

TEST(Parser, DeepNestingIsADiagnostic) {
  const int n = 100000;
  auto repeat = [](std::string_view piece, int times) {
    std::string s;
    for (int i = 0; i < times; ++i) s += piece;
    return s;
  };
  const std::string deep[] = {
      "_ = " + repeat("(", n) + "1" + repeat(")", n),   // expressions
      repeat("{", n) + repeat("}", n),                   // blocks
      "var x " + repeat("[]", n) + "int",                // types
      "_ = [][]int" + repeat("{", n) + repeat("}", n),  // composite literals
      "_ = " + repeat("- ", n) + "x",                    // unary operators
      "_ = " + repeat("<-", n) + "x",                    // receives
      "_ = " + repeat("func(){", n) + repeat("}", n),   // function literals
      "if x {}" + repeat(" else if x {}", n),            // else-if chains
      repeat("L: ", n) + "x++",                          // labels
  };
  for (const std::string& stmt : deep) {
    Parsed p = parse("package p\nfunc f() {\n" + stmt + "\n}\n");
    EXPECT_NE(p.diags.format().find("exceeded max nesting depth"), std::string::npos) << stmt.substr(0, 40);
  }
  ParseOptions shallow;
  shallow.max_depth = 20;
  Diagnostics d;
  parse_file("package p\nvar x = ((((((((((((((((((((((1))))))))))))))))))))))\n", d, shallow);
  EXPECT_EQ(d.format(), "./prog.go:2:29: exceeded max nesting depth\n");
}

// Mutated examples (deterministic) must parse to diagnostics without
// crashing or looping; the sanitizer build checks the memory side.
TEST(Parser, MutatedInputNeverCrashes) {
  std::vector<std::string> sources;
  for (const auto& entry : fs::directory_iterator(fs::path(GORO_SOURCE_DIR) / "examples")) {
    fs::path main = entry.path() / "main.go";
    if (fs::exists(main)) sources.push_back(read_file(main));
  }
  ASSERT_FALSE(sources.empty());
  const char* pieces[] = {"(", ")", "{", "}", "[", "]", ",", ";", "\n", ":", ":=", "=", ".", "...", "<-", "*",
                          "&", "func", "chan", "map", "struct", "interface", "if", "for", "range", "switch",
                          "case", "default", "select", "go", "type", "var", "const", "import", "x", "1", "\"",
                          "'", "`", "/*", "~", "|", "else", "return", "goto", "L:"};
  std::mt19937 rng(12345);
  for (int i = 0; i < 1500; ++i) {
    std::string s = sources[rng() % sources.size()];
    const int mutations = 1 + static_cast<int>(rng() % 12);
    for (int m = 0; m < mutations && !s.empty(); ++m) {
      const size_t at = rng() % s.size();
      switch (rng() % 4) {
        case 0: s.erase(at, 1 + rng() % 20); break;
        case 1: s.insert(at, pieces[rng() % std::size(pieces)]); break;
        case 2: s[at] = static_cast<char>(rng()); break;
        default: s.insert(at, s.substr(rng() % s.size(), rng() % 200)); break;
      }
    }
    Diagnostics d;
    std::unique_ptr<File> f = parse_file(s, d);
    ASSERT_TRUE(f);
    EXPECT_FALSE(dump_file(*f).empty());
  }
}

// --- Differential test against go/parser

struct Command {
  int status = -1;
  std::string output;
};

Command run(const std::string& command) {
  Command c;
  FILE* p = popen(command.c_str(), "r");
  if (!p) return c;
  char buf[1 << 16];
  for (size_t n; (n = fread(buf, 1, sizeof buf, p)) > 0;) c.output.append(buf, n);
  int status = pclose(p);
  c.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return c;
}

std::string shell_quote(const std::string& s) {
  std::string q = "'";
  for (char ch : s) {
    if (ch == '\'') {
      q += "'\\''";
    } else {
      q += ch;
    }
  }
  return q + "'";
}

// first_difference() describes where two dumps first differ.
std::string first_difference(const std::string& ours, const std::string& theirs) {
  std::istringstream a(ours), b(theirs);
  std::string la, lb;
  for (int line = 1;; ++line) {
    bool ha = static_cast<bool>(std::getline(a, la));
    bool hb = static_cast<bool>(std::getline(b, lb));
    if (!ha && !hb) return "equal";
    if (la != lb || ha != hb) {
      return "dump line " + std::to_string(line) + ":\n  ours:   " + (ha ? la : "<end>") + "\n  go/ast: " +
             (hb ? lb : "<end>");
    }
  }
}

// Files go/parser rejects whose errors the Go compiler reports in its type
// checker, not its parser (so neither do we).
const std::set<std::string> kCheckerErrors = {
    "const2.go",   // const spec with a type but no value: "missing init expr for const declaration"
    "ddd1.go",     // [...]T outside a composite literal: "invalid use of [...] array"
    "import6.go",  // invalid import paths ("", "\x00", ...): "invalid import path"
};

// GoDumper builds tests/lang/astdump once per test run and runs it over
// lists of files.
class GoDumper {
 public:
  static GoDumper& get() {
    static GoDumper dumper;
    return dumper;
  }
  bool available() const { return !tool_.empty(); }
  const std::string& error() const { return error_; }
  const std::string& goroot() const { return goroot_; }

  // dump() maps each file to its section of the tool's output.
  std::map<std::string, std::string> dump(const std::vector<std::string>& files, bool generics) {
    const fs::path list = tmp_ / "files.txt";
    {
      std::ofstream out(list);
      for (const std::string& f : files) out << f << "\n";
    }
    Command c = run(shell_quote(tool_) + (generics ? " -generics" : "") + " < " + shell_quote(list.string()));
    std::map<std::string, std::string> sections;
    size_t at = 0;
    while ((at = c.output.find("=== ", at)) != std::string::npos) {
      const size_t eol = c.output.find('\n', at);
      const size_t next = c.output.find("\n=== ", eol);
      const std::string path = c.output.substr(at + 4, eol - at - 4);
      sections[path] = c.output.substr(eol + 1, next == std::string::npos ? std::string::npos : next - eol);
      at = next == std::string::npos ? c.output.size() : next + 1;
    }
    return sections;
  }

 private:
  GoDumper() {
    if (run("go version >/dev/null 2>&1 && echo ok").output != "ok\n") {
      error_ = "no go command";
      return;
    }
    tmp_ = fs::temp_directory_path() / ("goro-astdump-" + std::to_string(getpid()));
    fs::create_directories(tmp_);
    std::string env = "GOFLAGS= GO111MODULE=on ";
    if (!std::getenv("GOCACHE") && !std::getenv("HOME") && !std::getenv("XDG_CACHE_HOME")) {
      env += "GOCACHE=" + shell_quote((tmp_ / "gocache").string()) + " ";
    }
    const std::string tool = (tmp_ / "astdump").string();
    const fs::path src = fs::path(GORO_SOURCE_DIR) / "tests/lang/astdump/main.go";
    Command build = run("cd " + shell_quote(tmp_.string()) + " && " + env + "go build -o " + shell_quote(tool) +
                        " " + shell_quote(src.string()) + " 2>&1");
    if (build.status != 0) {
      error_ = "go build astdump: " + build.output;
      return;
    }
    goroot_ = run(env + "go env GOROOT").output;
    goroot_.erase(goroot_.find_last_not_of('\n') + 1);
    tool_ = tool;
  }
  ~GoDumper() {
    std::error_code ignored;
    if (!tmp_.empty()) fs::remove_all(tmp_, ignored);
  }

  fs::path tmp_;
  std::string tool_;
  std::string goroot_;
  std::string error_;
};

std::vector<std::string> go_files(const fs::path& dir) {
  std::vector<std::string> files;
  if (!fs::exists(dir)) return files;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() == ".go") files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

struct Tally {
  int equal = 0, rejected = 0, checker_level = 0, generic = 0;
};

// compare_with_go() parses each file and checks our result against
// go/parser's: the same dump for a file it accepts, diagnostics for one it
// rejects (except the known checker-level errors).
Tally compare_with_go(const std::vector<std::string>& files, bool generics) {
  Tally t;
  std::map<std::string, std::string> theirs = GoDumper::get().dump(files, generics);
  EXPECT_EQ(theirs.size(), files.size());
  for (const std::string& path : files) {
    const std::string& want = theirs[path];
    Diagnostics diags;
    ParseOptions options;
    options.check_branches = false;  // go/parser has no branch checks
    std::unique_ptr<File> file = parse_file(read_file(path), diags, options);
    if (want.starts_with("generic")) {
      ++t.generic;
    } else if (want.starts_with("error") && kCheckerErrors.count(fs::path(path).filename().string())) {
      ++t.checker_level;
      EXPECT_TRUE(diags.empty()) << path << ": now a syntax error?\n" << diags.format();
    } else if (want.starts_with("error")) {
      ++t.rejected;
      EXPECT_FALSE(diags.empty()) << path << ": go/parser says " << want;
    } else {
      EXPECT_TRUE(diags.empty()) << path << "\n" << diags.format();
      const std::string ours = dump_file(*file);
      if (ours == want) {
        ++t.equal;
      } else {
        ADD_FAILURE() << path << ": " << first_difference(ours, want);
      }
    }
  }
  return t;
}

// Our examples and Go's own test programs (test/*.go, test/chan, test/ken):
// every file go/parser accepts must give the same tree.
TEST(Differential, SameTreesAsGoParser) {
  GoDumper& go = GoDumper::get();
  if (!go.available()) GTEST_SKIP() << go.error();
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(fs::path(GORO_SOURCE_DIR) / "examples")) {
    if (fs::exists(entry.path() / "main.go")) files.push_back((entry.path() / "main.go").string());
  }
  const size_t examples = files.size();
  for (const char* sub : {"test", "test/chan", "test/ken"}) {
    for (std::string& f : go_files(fs::path(go.goroot()) / sub)) files.push_back(std::move(f));
  }
  Tally t = compare_with_go(files, false);
  std::cout << "differential: " << files.size() << " files (" << examples << " examples): " << t.equal
            << " same tree as go/parser, " << t.rejected << " rejected by both, " << t.checker_level
            << " rejected by go/parser but left to the checker (as the compiler does), " << t.generic
            << " skipped (generics)\n";
  RecordProperty("equal", t.equal);
  RecordProperty("rejected", t.rejected);
  RecordProperty("generic", t.generic);
  EXPECT_GE(t.equal, static_cast<int>(examples) + 300);
}

// Generics are parsed for the checker to reject: Go's type parameter tests
// (test/typeparam) must give go/parser's trees too.
TEST(Differential, GenericsParsedLikeGoParser) {
  GoDumper& go = GoDumper::get();
  if (!go.available()) GTEST_SKIP() << go.error();
  std::vector<std::string> files = go_files(fs::path(go.goroot()) / "test/typeparam");
  if (files.empty()) GTEST_SKIP() << "no test/typeparam in GOROOT";
  Tally t = compare_with_go(files, true);
  std::cout << "differential (generics): " << files.size() << " files: " << t.equal << " same tree as go/parser, "
            << t.rejected << " rejected by both\n";
  EXPECT_GE(t.equal, 200);
}

}  // namespace
}  // namespace goro::lang

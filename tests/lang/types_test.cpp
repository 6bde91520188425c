// Types: identity and how the compiler writes them in messages. The expected
// strings are what `go build` (Go 1.19, types2) printed for the same types.
#include "types.hpp"

#include <gtest/gtest.h>

namespace goro::lang {
namespace {

class TypesTest : public ::testing::Test {
 protected:
  TypeTable tt;
  Type* int_ = basic_type(BasicKind::Int);
  Type* string_ = basic_type(BasicKind::String);

  Named* named(std::string_view name, Type* under, std::string_view pkg = "main") {
    TypeName& obj = names_.emplace_back();
    obj.kind = ObjectKind::TypeName;
    obj.name = name;
    obj.pkg = pkg;
    Named* n = tt.named(&obj, under);
    obj.type = n;
    return n;
  }
  Var* field(std::string_view name, Type* t, bool embedded = false) {
    Var* v = tt.var_(name, t, "main");
    v->is_field = true;
    v->is_embedded = embedded;
    return v;
  }
  Signature* sig(std::vector<Var*> params, std::vector<Var*> results, bool variadic = false) {
    return tt.signature(nullptr, tt.tuple(std::move(params)), tt.tuple(std::move(results)), variadic);
  }
  std::deque<TypeName> names_;
};

TEST_F(TypesTest, WritesTypesAsTheCompilerDoes) {
  Named* t = named("T", tt.struct_type({field("a", int_)}, {}));
  Named* e = named("E", nullptr);
  Func* error_method = tt.func("Error", sig({}, {tt.var_("", string_)}));
  e->underlying = tt.interface_type({error_method}, {});

  EXPECT_EQ(type_string(sig({tt.var_("a", int_), tt.var_("b", tt.slice(string_))}, {tt.var_("", int_), tt.var_("", tt.error_type())}, true)),
            "func(a int, b ...string) (int, error)");
  EXPECT_EQ(type_string(tt.struct_type({field("a", int_), field("T", t, true), field("c", string_)}, {"", "", "json:\"c\""})),
            "struct{a int; T; c string \"json:\\\"c\\\"\"}");
  EXPECT_EQ(type_string(tt.chan(ChanDir::Both, tt.chan(ChanDir::Recv, int_))), "chan (<-chan int)");
  EXPECT_EQ(type_string(tt.chan(ChanDir::Send, tt.slice(tt.map(string_, tt.pointer(t))))), "chan<- []map[string]*T");
  Func* m = tt.func("M", sig({tt.var_("x", int_)}, {tt.var_("", string_)}));
  EXPECT_EQ(type_string(tt.interface_type({m}, {e})), "interface{M(x int) string; E}");
  EXPECT_EQ(type_string(tt.any_type()), "any");
  EXPECT_EQ(type_string(tt.interface_type({}, {})), "interface{}");
  EXPECT_EQ(type_string(tt.array(byte_type(), 3)), "[3]byte");
  EXPECT_EQ(type_string(sig({}, {tt.var_("x", int_), tt.var_("y", int_)})), "func() (x int, y int)");
  EXPECT_EQ(type_string(sig({}, {})), "func()");
  EXPECT_EQ(type_string(tt.error_type()), "error");
  EXPECT_EQ(type_string(basic_type(BasicKind::UntypedFloat)), "untyped float");
  EXPECT_EQ(type_string(rune_type()), "rune");
}

TEST_F(TypesTest, QualifiesOtherPackagesTypes) {
  Named* d = named("Duration", basic_type(BasicKind::Int64), "time");
  EXPECT_EQ(type_string(tt.pointer(d)), "*time.Duration");
  EXPECT_EQ(type_string(d, "time"), "Duration");
}

TEST_F(TypesTest, IdentityIsStructuralExceptForNamedTypes) {
  EXPECT_TRUE(identical(tt.slice(int_), tt.slice(int_)));
  EXPECT_FALSE(identical(tt.slice(int_), tt.slice(string_)));
  EXPECT_TRUE(identical(byte_type(), basic_type(BasicKind::Uint8)));
  EXPECT_TRUE(identical(rune_type(), basic_type(BasicKind::Int32)));
  EXPECT_FALSE(identical(tt.array(int_, 3), tt.array(int_, 4)));
  EXPECT_FALSE(identical(tt.chan(ChanDir::Send, int_), tt.chan(ChanDir::Both, int_)));
  // Parameter names do not matter; variadic does.
  EXPECT_TRUE(identical(sig({tt.var_("a", int_)}, {}), sig({tt.var_("b", int_)}, {})));
  EXPECT_FALSE(identical(sig({tt.var_("a", tt.slice(int_))}, {}, true), sig({tt.var_("a", tt.slice(int_))}, {}, false)));
  // Two named types with the same underlying type are different types.
  Named* a = named("A", int_);
  Named* b = named("B", int_);
  EXPECT_FALSE(identical(a, b));
  EXPECT_TRUE(identical(a, a));
  // Struct fields: names, types, tags and embedding all count.
  EXPECT_TRUE(identical(tt.struct_type({field("x", int_)}, {}), tt.struct_type({field("x", int_)}, {})));
  EXPECT_FALSE(identical(tt.struct_type({field("x", int_)}, {}), tt.struct_type({field("y", int_)}, {})));
  EXPECT_FALSE(identical(tt.struct_type({field("x", int_)}, {"a"}), tt.struct_type({field("x", int_)}, {"b"})));
  // interface{} and any are the same type.
  EXPECT_TRUE(identical(tt.interface_type({}, {}), tt.any_type()));
}

TEST_F(TypesTest, InterfacesGatherEmbeddedMethods) {
  Func* read = tt.func("Read", sig({}, {tt.var_("", int_)}));
  Func* close = tt.func("Close", sig({}, {tt.var_("", tt.error_type())}));
  Interface* reader = tt.interface_type({read}, {});
  Interface* closer = tt.interface_type({close}, {});
  Interface* rc = tt.interface_type({}, {named("Reader", reader), named("Closer", closer)});
  ASSERT_TRUE(complete(rc));
  ASSERT_EQ(rc->all_methods.size(), 2u);
  EXPECT_EQ(rc->all_methods[0]->name, "Close");
  EXPECT_EQ(rc->all_methods[1]->name, "Read");
  // The same method through two embeddings is one method.
  Interface* twice = tt.interface_type({}, {reader, reader});
  ASSERT_TRUE(complete(twice));
  EXPECT_EQ(twice->all_methods.size(), 1u);
  // A clash of signatures is reported.
  Func* read2 = tt.func("Read", sig({}, {tt.var_("", string_)}));
  Interface* clash = tt.interface_type({read2}, {reader});
  EXPECT_FALSE(complete(clash));
  EXPECT_TRUE(identical(rc, tt.interface_type({close, read}, {})));
}

TEST_F(TypesTest, Comparability) {
  EXPECT_TRUE(comparable(int_));
  EXPECT_TRUE(comparable(tt.pointer(int_)));
  EXPECT_TRUE(comparable(tt.array(string_, 2)));
  EXPECT_FALSE(comparable(tt.slice(int_)));
  EXPECT_FALSE(comparable(tt.map(int_, int_)));
  EXPECT_FALSE(comparable(sig({}, {})));
  EXPECT_FALSE(comparable(tt.struct_type({field("s", tt.slice(int_))}, {})));
  EXPECT_TRUE(comparable(tt.struct_type({field("i", tt.any_type())}, {})));
  EXPECT_TRUE(comparable(tt.error_type()));
}

}  // namespace
}  // namespace goro::lang

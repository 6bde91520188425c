//go:build ignore

// go_math_gen translates Go's package math (the pure-Go algorithms the
// gc toolchain runs on amd64) into C++ for go_math.cpp:
//
//	go run go_math_gen.go > go_math.cpp
//
// It type-checks $GOROOT/src/math for GOOS=linux GOARCH=amd64 and prints
// each function with every constant expression folded to an exact literal
// of its type (go/types' values), so the C++ does the same float
// operations in the same order. The amd64 assembly routines (archExp,
// archLog, archHypot, archFloor...) are hand-written in go_math_arch.cpp.
// Only the subset of Go that package math uses is handled; anything else
// stops the generator.
package main

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/build"
	"go/constant"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

var (
	fset = token.NewFileSet()
	info = &types.Info{
		Types: map[ast.Expr]types.TypeAndValue{},
		Defs:  map[*ast.Ident]types.Object{},
		Uses:  map[*ast.Ident]types.Object{},
	}
	pkg *types.Package
	out bytes.Buffer
)

// skipped: functions provided by hand (go_math_arch.cpp) or intrinsics.
var skipped = map[string]bool{
	"sqrt": true, "FMA": true, "Float64bits": true, "Float64frombits": true,
	"Float32bits": true, "Float32frombits": true,
}

func fail(n ast.Node, format string, args ...any) {
	pos := "?"
	if n != nil {
		pos = fset.Position(n.Pos()).String()
	}
	fmt.Fprintf(os.Stderr, "%s: %s\n", pos, fmt.Sprintf(format, args...))
	os.Exit(1)
}

var keywords = map[string]bool{"and": true, "or": true, "not": true, "xor": true, "register": true, "long": true,
	"short": true, "signed": true, "unsigned": true, "char": true, "delete": true, "this": true, "union": true,
	"new": true, "int": true, "float": true, "double": true, "auto": true, "class": true, "template": true,
	"typename": true, "private": true, "public": true, "static": true, "extern": true, "volatile": true,
	"bool": true, "explicit": true, "friend": true, "inline": true, "operator": true, "virtual": true}

func mangle(o types.Object) string {
	name := o.Name()
	if name == "_" {
		return "std::ignore"
	}
	if o.Parent() == pkg.Scope() || (o.Pkg() == pkg && o.Parent() == nil) {
		if _, ok := o.(*types.Func); ok && !ast.IsExported(name) && !strings.HasPrefix(name, "arch") {
			return "go_" + name
		}
		if _, ok := o.(*types.Var); ok {
			return "v_" + name
		}
	}
	if keywords[name] {
		return name + "_"
	}
	return name
}

func ctype(t types.Type) string {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		switch u.Kind() {
		case types.Float64, types.UntypedFloat:
			return "double"
		case types.Float32:
			return "float"
		case types.Int, types.Int64, types.UntypedInt:
			return "int64_t"
		case types.Int32, types.UntypedRune:
			return "int32_t"
		case types.Uint, types.Uint64, types.Uintptr:
			return "uint64_t"
		case types.Uint32:
			return "uint32_t"
		case types.Uint8:
			return "uint8_t"
		case types.Bool, types.UntypedBool:
			return "bool"
		}
	case *types.Pointer:
		if a, ok := u.Elem().(*types.Array); ok {
			return "const " + ctype(a.Elem()) + "*" // a pointer to a table: the table's first element
		}
	case *types.Tuple:
		var parts []string
		for i := 0; i < u.Len(); i++ {
			parts = append(parts, ctype(u.At(i).Type()))
		}
		return "std::tuple<" + strings.Join(parts, ", ") + ">"
	}
	fail(nil, "type %s", t)
	return ""
}

func isFloat(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsFloat != 0
}

func isInteger(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0
}

// literal prints constant v as a C++ literal of type t (exact).
func literal(v constant.Value, t types.Type) string {
	switch v.Kind() {
	case constant.Bool:
		return fmt.Sprint(constant.BoolVal(v))
	}
	if isFloat(t) || v.Kind() == constant.Float && !isInteger(t) {
		f, _ := constant.Float64Val(constant.ToFloat(v))
		if ctype(t) == "float" {
			f = float64(float32(f))
		}
		switch {
		case math.IsInf(f, 1):
			return "INFINITY"
		case math.IsInf(f, -1):
			return "-INFINITY"
		}
		s := fmt.Sprintf("%x", f) // hex float: exact
		if ctype(t) == "float" {
			return "float(" + s + ")"
		}
		return s
	}
	ct := ctype(t)
	if i, ok := constant.Int64Val(constant.ToInt(v)); ok {
		if i == math.MinInt64 {
			return "INT64_MIN"
		}
		return fmt.Sprintf("%s(%d)", ct, i)
	}
	u, ok := constant.Uint64Val(constant.ToInt(v))
	if !ok {
		fail(nil, "constant %s", v)
	}
	return fmt.Sprintf("%s(UINT64_C(%d))", ct, u)
}

func expr(e ast.Expr) string {
	if tv, ok := info.Types[e]; ok && tv.Value != nil {
		return literal(tv.Value, tv.Type)
	}
	switch e := e.(type) {
	case *ast.Ident:
		if o := info.Uses[e]; o != nil {
			return mangle(o)
		}
		if o := info.Defs[e]; o != nil {
			return mangle(o)
		}
		fail(e, "ident %s", e.Name)
	case *ast.ParenExpr:
		return "(" + expr(e.X) + ")"
	case *ast.BinaryExpr:
		op := e.Op.String()
		if e.Op == token.AND_NOT {
			return "(" + expr(e.X) + " & ~" + expr(e.Y) + ")"
		}
		if (e.Op == token.SHL || e.Op == token.SHR) && info.Types[e.Y].Value == nil {
			// Go defines shifts by the width or more (0, or -1 for a
			// negative value shifted right); C++ does not.
			fn := "go_shift_left"
			if e.Op == token.SHR {
				fn = "go_shift_right"
			}
			return fn + "(" + expr(e.X) + ", uint64_t(" + expr(e.Y) + "))"
		}
		return "(" + expr(e.X) + " " + op + " " + expr(e.Y) + ")"
	case *ast.UnaryExpr:
		switch e.Op {
		case token.XOR:
			return "(~" + expr(e.X) + ")"
		case token.SUB, token.NOT, token.ADD:
			return "(" + e.Op.String() + expr(e.X) + ")"
		case token.AND:
			return expr(e.X) // &table: the table decays to its first element's address
		}
		fail(e, "unary %s", e.Op)
	case *ast.IndexExpr:
		return expr(e.X) + "[" + expr(e.Index) + "]"
	case *ast.CallExpr:
		return call(e)
	case *ast.SelectorExpr:
		if x, ok := e.X.(*ast.Ident); ok && x.Name == "bits" {
			return "bits_" + e.Sel.Name
		}
	}
	fail(e, "expr %T", e)
	return ""
}

func call(e *ast.CallExpr) string {
	if tv := info.Types[e.Fun]; tv.IsType() {
		to := tv.Type
		from := info.Types[e.Args[0]].Type
		if isInteger(to) && isFloat(from) {
			return "go_f2i<" + ctype(to) + ">(" + expr(e.Args[0]) + ")"
		}
		return ctype(to) + "(" + expr(e.Args[0]) + ")"
	}
	if tv := info.Types[e.Fun]; tv.IsBuiltin() {
		name := e.Fun.(*ast.Ident).Name
		switch name {
		case "len":
			return "int64_t(std::size(" + expr(e.Args[0]) + "))"
		}
		fail(e, "builtin %s", name)
	}
	var args []string
	for _, a := range e.Args {
		args = append(args, expr(a))
	}
	return expr(e.Fun) + "(" + strings.Join(args, ", ") + ")"
}

type printer struct {
	indent  int
	results []*types.Var // the current function's named results
	single  bool
}

func (p *printer) line(format string, args ...any) {
	out.WriteString(strings.Repeat("  ", p.indent))
	fmt.Fprintf(&out, format, args...)
	out.WriteString("\n")
}

// simple prints a simple statement without its semicolon (for headers).
func (p *printer) simple(s ast.Stmt) string {
	switch s := s.(type) {
	case *ast.IncDecStmt:
		return expr(s.X) + s.Tok.String()
	case *ast.AssignStmt:
		if len(s.Lhs) == 1 && len(s.Rhs) == 1 {
			lhs := s.Lhs[0]
			if s.Tok == token.DEFINE {
				id := lhs.(*ast.Ident)
				if o := info.Defs[id]; o != nil {
					return ctype(o.Type()) + " " + mangle(o) + " = " + expr(s.Rhs[0])
				}
				return expr(lhs) + " = " + expr(s.Rhs[0])
			}
			if s.Tok == token.AND_NOT_ASSIGN {
				return expr(lhs) + " &= ~" + expr(s.Rhs[0])
			}
			return expr(lhs) + " " + s.Tok.String() + " " + expr(s.Rhs[0])
		}
	case *ast.ExprStmt:
		return expr(s.X)
	}
	fail(s, "simple statement %T", s)
	return ""
}

func (p *printer) stmt(s ast.Stmt) {
	switch s := s.(type) {
	case *ast.BlockStmt:
		p.line("{")
		p.indent++
		p.stmts(s.List)
		p.indent--
		p.line("}")
	case *ast.ExprStmt, *ast.IncDecStmt:
		p.line("%s;", p.simple(s))
	case *ast.AssignStmt:
		p.assign(s)
	case *ast.DeclStmt:
		gd := s.Decl.(*ast.GenDecl)
		if gd.Tok == token.CONST {
			return // folded into the expressions that use them
		}
		for _, spec := range gd.Specs {
			vs := spec.(*ast.ValueSpec)
			for i, n := range vs.Names {
				o := info.Defs[n]
				if len(vs.Values) > 0 {
					p.line("%s %s = %s;", ctype(o.Type()), mangle(o), expr(vs.Values[i]))
				} else {
					p.line("%s %s{};", ctype(o.Type()), mangle(o))
				}
			}
		}
	case *ast.ReturnStmt:
		switch {
		case len(s.Results) == 0 && len(p.results) == 0:
			p.line("return;")
		case len(s.Results) == 0:
			var names []string
			for _, r := range p.results {
				names = append(names, mangle(r))
			}
			p.ret(names)
		default:
			var vals []string
			for _, r := range s.Results {
				vals = append(vals, expr(r))
			}
			p.ret(vals)
		}
	case *ast.IfStmt:
		if tv := info.Types[s.Cond]; tv.Value != nil && !constant.BoolVal(tv.Value) && s.Else == nil && s.Init == nil {
			return // if haveArchX { ... } without an arch version
		}
		if s.Init != nil {
			p.line("{")
			p.indent++
			p.stmt(s.Init)
		}
		p.ifChain(s)
		if s.Init != nil {
			p.indent--
			p.line("}")
		}
	case *ast.ForStmt:
		if a, ok := s.Init.(*ast.AssignStmt); ok && len(a.Lhs) > 1 {
			// A multi-variable init: declare it in a block around the loop.
			p.line("{")
			p.indent++
			p.stmt(a)
			loop := *s
			loop.Init = nil
			p.stmt(&loop)
			p.indent--
			p.line("}")
			return
		}
		switch {
		case s.Init == nil && s.Post == nil && s.Cond == nil:
			p.line("for (;;) {")
		case s.Init == nil && s.Post == nil:
			p.line("while (%s) {", expr(s.Cond))
		default:
			init, cond, post := "", "", ""
			if s.Init != nil {
				init = p.simple(s.Init)
			}
			if s.Cond != nil {
				cond = expr(s.Cond)
			}
			if s.Post != nil {
				post = p.simple(s.Post)
			}
			p.line("for (%s; %s; %s) {", init, cond, post)
		}
		p.indent++
		p.stmts(s.Body.List)
		p.indent--
		p.line("}")
	case *ast.SwitchStmt:
		p.switchStmt(s)
	case *ast.BranchStmt:
		switch s.Tok {
		case token.GOTO:
			p.line("goto %s;", s.Label.Name)
		case token.BREAK:
			p.line("break;")
		case token.CONTINUE:
			p.line("continue;")
		default:
			fail(s, "branch %s", s.Tok)
		}
	case *ast.LabeledStmt:
		p.line("%s:;", s.Label.Name)
		p.stmt(s.Stmt)
	default:
		fail(s, "statement %T", s)
	}
}

func (p *printer) ret(vals []string) {
	if len(vals) == 1 {
		p.line("return %s;", vals[0])
		return
	}
	p.line("return {%s};", strings.Join(vals, ", "))
}

func (p *printer) stmts(list []ast.Stmt) {
	for _, s := range list {
		p.stmt(s)
	}
}

func (p *printer) ifChain(s *ast.IfStmt) {
	p.line("if (%s) {", expr(s.Cond))
	p.indent++
	p.stmts(s.Body.List)
	p.indent--
	for s.Else != nil {
		if e, ok := s.Else.(*ast.IfStmt); ok && e.Init == nil {
			p.line("} else if (%s) {", expr(e.Cond))
			p.indent++
			p.stmts(e.Body.List)
			p.indent--
			s = e
			continue
		}
		p.line("} else {")
		p.indent++
		if b, ok := s.Else.(*ast.BlockStmt); ok {
			p.stmts(b.List)
		} else {
			p.stmt(s.Else)
		}
		p.indent--
		break
	}
	p.line("}")
}

// cSwitch prints a switch on an integer tag with constant cases as a C++
// switch (fallthrough included).
func (p *printer) cSwitch(s *ast.SwitchStmt) bool {
	if s.Tag == nil || s.Init != nil || !isInteger(info.Types[s.Tag].Type) {
		return false
	}
	for _, c := range s.Body.List {
		for _, v := range c.(*ast.CaseClause).List {
			if info.Types[v].Value == nil {
				return false
			}
		}
	}
	p.line("switch (%s) {", expr(s.Tag))
	for _, c := range s.Body.List {
		cc := c.(*ast.CaseClause)
		if cc.List == nil {
			p.line("default: {")
		}
		for i, v := range cc.List {
			if i == len(cc.List)-1 {
				p.line("case %s: {", expr(v))
			} else {
				p.line("case %s:", expr(v))
			}
		}
		p.indent++
		body := cc.Body
		fall := false
		if n := len(body); n > 0 {
			if b, ok := body[n-1].(*ast.BranchStmt); ok && b.Tok == token.FALLTHROUGH {
				fall = true
				body = body[:n-1]
			}
		}
		p.stmts(body)
		if !fall {
			p.line("break;")
		}
		p.indent--
		p.line("}")
		if fall {
			p.line("[[fallthrough]];")
		}
	}
	p.line("}")
	return true
}

func (p *printer) switchStmt(s *ast.SwitchStmt) {
	if p.cSwitch(s) {
		return
	}
	ast.Inspect(s.Body, func(n ast.Node) bool {
		if b, ok := n.(*ast.BranchStmt); ok && (b.Tok == token.BREAK || b.Tok == token.FALLTHROUGH) {
			fail(b, "break or fallthrough in a switch")
		}
		switch n.(type) {
		case *ast.ForStmt, *ast.SwitchStmt:
			return n == ast.Node(s)
		}
		return true
	})
	p.line("{")
	p.indent++
	if s.Init != nil {
		p.stmt(s.Init)
	}
	tag := ""
	if s.Tag != nil {
		p.line("const auto go_tag = %s;", expr(s.Tag))
		tag = "go_tag"
	}
	first := true
	var def *ast.CaseClause
	for _, c := range s.Body.List {
		cc := c.(*ast.CaseClause)
		if cc.List == nil {
			def = cc
			continue
		}
		var conds []string
		for _, v := range cc.List {
			if tag != "" {
				conds = append(conds, "("+tag+" == "+expr(v)+")")
			} else {
				conds = append(conds, expr(v))
			}
		}
		kw := "} else if"
		if first {
			kw = "if"
		}
		first = false
		p.line("%s (%s) {", kw, strings.Join(conds, " || "))
		p.indent++
		p.stmts(cc.Body)
		p.indent--
	}
	if def != nil {
		if first {
			p.line("{")
		} else {
			p.line("} else {")
		}
		p.indent++
		p.stmts(def.Body)
		p.indent--
	}
	if !first || def != nil {
		p.line("}")
	}
	p.indent--
	p.line("}")
}

func (p *printer) assign(s *ast.AssignStmt) {
	if len(s.Lhs) == 1 && len(s.Rhs) == 1 {
		p.line("%s;", p.simple(s))
		return
	}
	// Declare the new names first, then assign through temporaries.
	var lhs []string
	for _, l := range s.Lhs {
		if id, ok := l.(*ast.Ident); ok && s.Tok == token.DEFINE && id.Name != "_" {
			if o := info.Defs[id]; o != nil {
				p.line("%s %s{};", ctype(o.Type()), mangle(o))
			}
		}
		lhs = append(lhs, expr(l))
	}
	if len(s.Rhs) == 1 {
		p.line("std::tie(%s) = %s;", strings.Join(lhs, ", "), expr(s.Rhs[0]))
		return
	}
	p.line("{")
	p.indent++
	for i, r := range s.Rhs {
		p.line("const %s go_t%d = %s;", ctype(info.Types[r].Type), i, expr(r))
	}
	for i, l := range lhs {
		if l != "std::ignore" {
			p.line("%s = go_t%d;", l, i)
		}
	}
	p.indent--
	p.line("}")
}

func signature(fd *ast.FuncDecl, o *types.Func) string {
	sig := o.Type().(*types.Signature)
	res := "void"
	switch sig.Results().Len() {
	case 0:
	case 1:
		res = ctype(sig.Results().At(0).Type())
	default:
		res = ctype(sig.Results())
	}
	var params []string
	for i := 0; i < sig.Params().Len(); i++ {
		v := sig.Params().At(i)
		params = append(params, ctype(v.Type())+" "+mangle(v))
	}
	return fmt.Sprintf("%s %s(%s)", res, mangle(o), strings.Join(params, ", "))
}

func main() {
	ctx := build.Default
	ctx.GOOS, ctx.GOARCH = "linux", "amd64"
	bp, err := ctx.ImportDir(filepath.Join(ctx.GOROOT, "src", "math"), 0)
	if err != nil {
		panic(err)
	}
	var files []*ast.File
	for _, name := range bp.GoFiles {
		f, err := parser.ParseFile(fset, filepath.Join(bp.Dir, name), nil, 0)
		if err != nil {
			panic(err)
		}
		files = append(files, f)
	}
	conf := types.Config{Importer: importer.ForCompiler(fset, "source", nil)}
	pkg, err = conf.Check("math", fset, files, info)
	if err != nil {
		panic(err)
	}
	var funcs []*ast.FuncDecl
	var vars []*ast.ValueSpec
	for _, f := range files {
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if d.Body != nil && !skipped[d.Name.Name] && !strings.HasPrefix(d.Name.Name, "arch") {
					funcs = append(funcs, d)
				}
			case *ast.GenDecl:
				if d.Tok == token.VAR {
					for _, s := range d.Specs {
						vars = append(vars, s.(*ast.ValueSpec))
					}
				}
			}
		}
	}
	sort.SliceStable(funcs, func(i, j int) bool { return funcs[i].Name.Name < funcs[j].Name.Name })
	fmt.Fprintln(&out, "// Code generated by go_math_gen.go from Go's package math (Go 1.19, unchanged")
	fmt.Fprintln(&out, "// through 1.22 in what it computes). DO NOT EDIT.")
	fmt.Fprintln(&out, "#include \"go_math_impl.hpp\"")
	fmt.Fprintln(&out, "")
	fmt.Fprintln(&out, "// Go's named results are declared even where every return names its values.")
	fmt.Fprintln(&out, "#pragma GCC diagnostic ignored \"-Wunused-variable\"")
	fmt.Fprintln(&out, "")
	fmt.Fprintln(&out, "namespace goro::lang::vm::gomath {")
	fmt.Fprintln(&out, "")
	for _, vs := range vars {
		for i, n := range vs.Names {
			o := info.Defs[n]
			if len(vs.Values) <= i {
				continue
			}
			cl, ok := vs.Values[i].(*ast.CompositeLit)
			if !ok {
				continue // useFMA and friends: hand-written
			}
			arr := o.Type().(*types.Array)
			var elems []string
			for _, e := range cl.Elts {
				elems = append(elems, literal(info.Types[e].Value, arr.Elem()))
			}
			fmt.Fprintf(&out, "static const %s %s[%d] = {\n  %s,\n};\n\n", ctype(arr.Elem()), mangle(o), arr.Len(),
				strings.Join(elems, ",\n  "))
		}
	}
	for _, fd := range funcs {
		o := info.Defs[fd.Name].(*types.Func)
		if fd.Recv != nil {
			continue
		}
		fmt.Fprintf(&out, "%s;\n", signature(fd, o))
	}
	fmt.Fprintln(&out, "")
	for _, fd := range funcs {
		o := info.Defs[fd.Name].(*types.Func)
		sig := o.Type().(*types.Signature)
		p := &printer{indent: 1}
		for i := 0; i < sig.Results().Len(); i++ {
			if r := sig.Results().At(i); r.Name() != "" {
				p.results = append(p.results, r)
			}
		}
		fmt.Fprintf(&out, "%s {\n", signature(fd, o))
		for _, r := range p.results {
			p.line("%s %s{};", ctype(r.Type()), mangle(r))
		}
		p.stmts(fd.Body.List)
		fmt.Fprintf(&out, "}\n\n")
	}
	fmt.Fprintln(&out, "}  // namespace goro::lang::vm::gomath")
	os.Stdout.Write(out.Bytes())
}

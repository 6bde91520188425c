// Command astdump prints Go files' go/ast trees as the S-expressions of
// engine/lang/ast_dump.cpp, whose comment is the contract: changes there
// must also be made here. The parser test runs it once over many files and
// compares its output with the C++ parser's dump of each.
//
// Usage: astdump [-generics] < list-of-paths
//
// For each path it prints "=== path", then one of:
//
//	error: MESSAGE   go/parser rejects the file
//	generic          the file uses type parameters (not supported yet;
//	                 -generics dumps such files too)
//	the dump         otherwise
package main

import (
	"bufio"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"strconv"
	"strings"
)

var dumpGenerics = len(os.Args) > 1 && os.Args[1] == "-generics"

func main() {
	in := bufio.NewScanner(os.Stdin)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for in.Scan() {
		path := strings.TrimSpace(in.Text())
		if path == "" {
			continue
		}
		fmt.Fprintf(out, "=== %s\n", path)
		out.WriteString(dumpPath(path))
	}
}

func dumpPath(path string) string {
	src, err := os.ReadFile(path)
	if err != nil {
		return "error: " + err.Error() + "\n"
	}
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, path, src, parser.SkipObjectResolution)
	if err != nil {
		return "error: " + strings.ReplaceAll(err.Error(), "\n", " ") + "\n"
	}
	if !dumpGenerics && usesGenerics(f) {
		return "generic\n"
	}
	d := &dumper{fset: fset}
	d.file(f)
	d.out.WriteByte('\n')
	return d.out.String()
}

// usesGenerics reports whether f declares or instantiates type parameters,
// or writes a type set (~T, A|B) in an interface.
func usesGenerics(f *ast.File) bool {
	found := false
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncType:
			found = found || n.TypeParams != nil
		case *ast.TypeSpec:
			found = found || n.TypeParams != nil
		case *ast.IndexListExpr:
			found = true
		case *ast.InterfaceType:
			for _, m := range n.Methods.List {
				switch t := m.Type.(type) {
				case *ast.BinaryExpr:
					found = true
				case *ast.UnaryExpr:
					found = found || t.Op == token.TILDE
				}
			}
		}
		return !found
	})
	return found
}

type dumper struct {
	fset  *token.FileSet
	out   strings.Builder
	depth int
}

func (d *dumper) open(tag string) {
	d.out.WriteByte('(')
	d.out.WriteString(tag)
	d.depth++
}

func (d *dumper) close() {
	d.depth--
	d.out.WriteByte(')')
}

func (d *dumper) newline() {
	d.out.WriteByte('\n')
	d.out.WriteString(strings.Repeat("  ", d.depth))
}

func (d *dumper) attr(a string) {
	d.out.WriteByte(' ')
	d.out.WriteString(a)
}

func (d *dumper) pos(p token.Pos) {
	if !p.IsValid() {
		d.attr("-")
		return
	}
	// Raw positions: //line directives are not applied by our parser.
	pp := d.fset.PositionFor(p, false)
	d.attr(fmt.Sprintf("%d:%d", pp.Line, pp.Column))
}

func (d *dumper) quoted(s string) {
	var b strings.Builder
	b.WriteString(" \"")
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"' || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c >= 0x20 && c < 0x7f:
			b.WriteByte(c)
		default:
			fmt.Fprintf(&b, "\\x%02x", c)
		}
	}
	b.WriteByte('"')
	d.out.WriteString(b.String())
}

// child prints n on a line of its own ("nil" if absent).
func (d *dumper) child(n ast.Node) {
	d.newline()
	if isNil(n) {
		d.out.WriteString("nil")
		return
	}
	d.node(n)
}

func (d *dumper) atom(a string) {
	d.newline()
	d.out.WriteString(a)
}

func isNil(n ast.Node) bool {
	switch n := n.(type) {
	case nil:
		return true
	case *ast.Ident:
		return n == nil
	case *ast.BasicLit:
		return n == nil
	case *ast.BlockStmt:
		return n == nil
	case *ast.Field:
		return n == nil
	}
	return false
}

func (d *dumper) list(n int, item func(i int) ast.Node) {
	d.newline()
	d.out.WriteString("(list")
	d.depth++
	for i := 0; i < n; i++ {
		d.child(item(i))
	}
	d.close()
}

func (d *dumper) exprs(xs []ast.Expr) {
	d.list(len(xs), func(i int) ast.Node { return xs[i] })
}

func (d *dumper) stmts(ss []ast.Stmt) {
	d.list(len(ss), func(i int) ast.Node { return ss[i] })
}

func (d *dumper) idents(ns []*ast.Ident) {
	d.list(len(ns), func(i int) ast.Node { return ns[i] })
}

func (d *dumper) fields(fl *ast.FieldList) {
	if fl == nil {
		d.list(0, nil)
		return
	}
	d.list(len(fl.List), func(i int) ast.Node { return fl.List[i] })
}

func (d *dumper) file(f *ast.File) {
	d.open("file")
	d.pos(f.Package)
	d.child(f.Name)
	d.list(len(f.Decls), func(i int) ast.Node { return f.Decls[i] })
	d.close()
}

func (d *dumper) node(n ast.Node) {
	switch n := n.(type) {
	case *ast.GenDecl:
		d.genDecl(n)
	case *ast.FuncDecl:
		d.funcDecl(n)
	case *ast.Field:
		d.open("field")
		d.idents(n.Names)
		d.child(n.Type)
		d.child(n.Tag)
		d.close()
	case ast.Expr:
		d.expr(n)
	case ast.Stmt:
		d.stmt(n)
	default:
		d.open(fmt.Sprintf("? %T", n))
		d.close()
	}
}

func (d *dumper) genDecl(g *ast.GenDecl) {
	d.open("gendecl")
	d.attr(g.Tok.String())
	d.pos(g.TokPos)
	d.pos(g.Lparen)
	d.pos(g.Rparen)
	d.newline()
	d.out.WriteString("(list")
	d.depth++
	last := -1 // the last const spec with a type or values
	for i, s := range g.Specs {
		d.newline()
		switch s := s.(type) {
		case *ast.ImportSpec:
			d.open("import")
			d.child(s.Name)
			d.child(s.Path)
		case *ast.ValueSpec:
			if g.Tok == token.CONST {
				d.open("const")
				d.attr("iota=" + strconv.Itoa(i))
				if s.Type == nil && len(s.Values) == 0 {
					if last >= 0 {
						d.attr("from=" + strconv.Itoa(last))
					} else {
						d.attr("from=-")
					}
				} else {
					last = i
				}
			} else {
				d.open("var")
			}
			d.idents(s.Names)
			d.child(s.Type)
			d.exprs(s.Values)
		case *ast.TypeSpec:
			d.open("type")
			if s.Assign.IsValid() {
				d.attr("alias")
			} else {
				d.attr("def")
			}
			d.child(s.Name)
			d.fields(s.TypeParams)
			d.child(s.Type)
		}
		d.close()
	}
	d.close()
	d.close()
}

func (d *dumper) funcDecl(f *ast.FuncDecl) {
	d.open("func")
	d.pos(f.Type.Func)
	if f.Recv != nil && len(f.Recv.List) > 0 {
		d.child(f.Recv.List[0])
	} else {
		d.child(nil)
	}
	d.child(f.Name)
	d.fields(f.Type.TypeParams)
	d.child(f.Type)
	d.child(f.Body)
	d.close()
}

func unparen(x ast.Expr) ast.Expr {
	for {
		p, ok := x.(*ast.ParenExpr)
		if !ok {
			return x
		}
		x = p.X
	}
}

func litKind(t token.Token) string {
	switch t {
	case token.INT:
		return "int"
	case token.FLOAT:
		return "float"
	case token.IMAG:
		return "imag"
	case token.CHAR:
		return "char"
	}
	return "string"
}

func (d *dumper) expr(x ast.Expr) {
	switch x := x.(type) {
	case *ast.BadExpr:
		d.open("bad")
		d.pos(x.From)
	case *ast.Ident:
		d.open("ident")
		d.pos(x.NamePos)
		d.quoted(x.Name)
	case *ast.BasicLit:
		d.open("lit")
		d.pos(x.ValuePos)
		d.attr(litKind(x.Kind))
		d.quoted(x.Value)
	case *ast.CompositeLit:
		d.open("complit")
		d.pos(x.Lbrace)
		d.pos(x.Rbrace)
		d.child(x.Type)
		d.exprs(x.Elts)
	case *ast.KeyValueExpr:
		d.open("kv")
		d.pos(x.Colon)
		d.child(x.Key)
		d.child(x.Value)
	case *ast.FuncLit:
		d.open("funclit")
		d.pos(x.Type.Func)
		d.child(x.Type)
		d.child(x.Body)
	case *ast.ParenExpr:
		d.open("paren")
		d.pos(x.Lparen)
		d.child(x.X)
	case *ast.SelectorExpr:
		d.open("selector")
		d.child(x.X)
		d.child(x.Sel)
	case *ast.IndexExpr:
		d.open("index")
		d.pos(x.Lbrack)
		d.child(x.X)
		d.exprs([]ast.Expr{x.Index})
	case *ast.IndexListExpr:
		d.open("index")
		d.pos(x.Lbrack)
		d.child(x.X)
		d.exprs(x.Indices)
	case *ast.SliceExpr:
		if x.Slice3 {
			d.open("slice3")
		} else {
			d.open("slice2")
		}
		d.pos(x.Lbrack)
		d.child(x.X)
		d.child(x.Low)
		d.child(x.High)
		d.child(x.Max)
	case *ast.TypeAssertExpr:
		d.open("assert")
		d.child(x.X)
		d.child(x.Type)
	case *ast.CallExpr:
		d.open("call")
		d.pos(x.Lparen)
		if x.Ellipsis.IsValid() {
			d.attr("...")
		}
		d.child(x.Fun)
		d.exprs(x.Args)
	case *ast.StarExpr:
		d.open("unary")
		d.pos(x.Star)
		d.attr("*")
		d.child(x.X)
	case *ast.UnaryExpr:
		d.open("unary")
		d.pos(x.OpPos)
		d.attr(x.Op.String())
		operand := x.X
		if x.Op == token.AND {
			operand = unparen(operand) // the compiler drops these
		}
		d.child(operand)
	case *ast.BinaryExpr:
		d.open("binary")
		d.pos(x.OpPos)
		d.attr(x.Op.String())
		d.child(x.X)
		d.child(x.Y)
	case *ast.Ellipsis:
		d.open("dots")
		d.pos(x.Ellipsis)
		d.child(x.Elt)
	case *ast.ArrayType:
		switch l := x.Len.(type) {
		case nil:
			d.open("slicetype")
			d.pos(x.Lbrack)
		case *ast.Ellipsis:
			d.open("array")
			d.pos(x.Lbrack)
			d.atom("...")
		default:
			d.open("array")
			d.pos(x.Lbrack)
			d.child(l)
		}
		d.child(x.Elt)
	case *ast.StructType:
		d.open("struct")
		d.pos(x.Struct)
		d.fields(x.Fields)
	case *ast.InterfaceType:
		d.open("interface")
		d.pos(x.Interface)
		d.fields(x.Methods)
	case *ast.FuncType:
		d.open("functype")
		if x.TypeParams != nil {
			d.pos(x.TypeParams.Opening) // the compiler's FuncType starts at its "["
		} else {
			d.pos(x.Params.Opening)
		}
		d.fields(x.Params)
		d.fields(x.Results)
	case *ast.MapType:
		d.open("map")
		d.pos(x.Map)
		d.child(x.Key)
		d.child(x.Value)
	case *ast.ChanType:
		d.open("chan")
		d.pos(x.Begin)
		switch x.Dir {
		case ast.SEND:
			d.attr("send")
		case ast.RECV:
			d.attr("recv")
		default:
			d.attr("both")
		}
		d.child(x.Value)
	default:
		d.open(fmt.Sprintf("? %T", x))
	}
	d.close()
}

func (d *dumper) stmt(s ast.Stmt) {
	switch s := s.(type) {
	case *ast.EmptyStmt:
		d.open("empty")
		d.pos(s.Semicolon)
	case *ast.LabeledStmt:
		d.open("labeled")
		d.pos(s.Colon)
		d.child(s.Label)
		d.child(s.Stmt)
	case *ast.BlockStmt:
		d.open("block")
		d.pos(s.Lbrace)
		d.pos(s.Rbrace)
		d.stmts(s.List)
	case *ast.ExprStmt:
		d.open("expr")
		d.child(s.X)
	case *ast.SendStmt:
		d.open("send")
		d.pos(s.Arrow)
		d.child(s.Chan)
		d.child(s.Value)
	case *ast.DeclStmt:
		d.open("decl")
		d.child(s.Decl)
	case *ast.IncDecStmt:
		d.open("incdec")
		d.pos(s.TokPos)
		d.attr(s.Tok.String())
		d.child(s.X)
	case *ast.AssignStmt:
		d.open("assign")
		d.pos(s.TokPos)
		d.attr(s.Tok.String())
		d.exprs(s.Lhs)
		d.exprs(s.Rhs)
	case *ast.BranchStmt:
		d.open("branch")
		d.pos(s.TokPos)
		d.attr(s.Tok.String())
		d.child(s.Label)
	case *ast.GoStmt:
		d.open("go")
		d.pos(s.Go)
		d.child(s.Call)
	case *ast.DeferStmt:
		d.open("defer")
		d.pos(s.Defer)
		d.child(s.Call)
	case *ast.ReturnStmt:
		d.open("return")
		d.pos(s.Return)
		d.exprs(s.Results)
	case *ast.IfStmt:
		d.open("if")
		d.pos(s.If)
		d.child(s.Init)
		d.child(s.Cond)
		d.child(s.Body)
		d.child(s.Else)
	case *ast.ForStmt:
		d.open("for")
		d.pos(s.For)
		d.child(s.Init)
		d.child(s.Cond)
		d.child(s.Post)
		d.child(s.Body)
	case *ast.RangeStmt:
		d.open("range")
		d.pos(s.For)
		var lhs []ast.Expr
		switch s.Tok {
		case token.DEFINE, token.ASSIGN:
			d.attr(s.Tok.String())
			lhs = append(lhs, s.Key)
			if s.Value != nil {
				lhs = append(lhs, s.Value)
			}
		default:
			d.attr("-")
		}
		d.exprs(lhs)
		d.child(s.X)
		d.child(s.Body)
	case *ast.SwitchStmt:
		d.open("switch")
		d.pos(s.Switch)
		d.pos(s.Body.Rbrace)
		d.child(s.Init)
		d.child(s.Tag)
		d.stmts(s.Body.List)
	case *ast.TypeSwitchStmt:
		d.open("typeswitch")
		d.pos(s.Switch)
		d.pos(s.Body.Rbrace)
		d.child(s.Init)
		var lhs, guard ast.Expr
		switch a := s.Assign.(type) {
		case *ast.AssignStmt:
			lhs, guard = a.Lhs[0], a.Rhs[0]
		case *ast.ExprStmt:
			guard = a.X
		}
		d.child(lhs)
		d.child(guard.(*ast.TypeAssertExpr).X)
		d.stmts(s.Body.List)
	case *ast.CaseClause:
		if s.List == nil {
			d.open("default")
		} else {
			d.open("case")
		}
		d.pos(s.Case)
		d.pos(s.Colon)
		if s.List != nil {
			d.exprs(s.List)
		}
		d.stmts(s.Body)
	case *ast.SelectStmt:
		d.open("select")
		d.pos(s.Select)
		d.pos(s.Body.Rbrace)
		d.stmts(s.Body.List)
	case *ast.CommClause:
		if s.Comm == nil {
			d.open("default")
		} else {
			d.open("comm")
		}
		d.pos(s.Case)
		d.pos(s.Colon)
		if s.Comm != nil {
			d.child(s.Comm)
		}
		d.stmts(s.Body)
	default:
		d.open(fmt.Sprintf("? %T", s))
	}
	d.close()
}

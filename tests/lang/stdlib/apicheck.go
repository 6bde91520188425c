// Command apicheck holds the interpreter's standard library stubs
// (engine/lang/stdlib/*.go) to the real Go packages' API. It type-checks
// every stub with go/types (stubs import each other through an importer
// that loads the stubs themselves; bodiless functions are fine for
// go/types), then compares each exported object of a stub with the real
// package's object of that name (loaded from GOROOT's source):
//
//   - the kind (const, var, type, func) and types.TypeString of the type,
//     every package qualified by its name (so parameter names, result
//     names and type parameter lists count);
//   - a constant's exact value;
//   - for a type: its underlying type where users see it (an interface's
//     method list, a non-struct's underlying type), its exported struct
//     fields (both ways: a field Go has is part of the API too), and the
//     exported methods of *T and T (signature, and whether T has it).
//
// A stub may declare less than Go's package, never something different.
//
// go/types rejects a generic function without a body ("parameterized
// function is missing function body": Go cannot implement one outside Go),
// while the interpreter's checker accepts it in a stub (the natives are
// type-erased); so before type-checking, apicheck gives such a function
// the body { panic("native") }.
//
// The real packages are the machine's Go, 1.19, while the stubs follow
// 1.22: what 1.19 lacks is listed in `newer` with the version that added
// it, and packages 1.19 lacks entirely (slices, maps, cmp) are only
// type-checked. An entry of `newer` that 1.19 turns out to have is
// reported too, so the list stays true.
//
// Usage: go run apicheck.go STUB_DIR
// Prints one line per problem ("MISMATCH pkg.Name: ..."), then a summary
// line "checked P packages, O objects"; exits 1 if there was a problem.
package main

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// newer lists the API the stubs declare as Go 1.22 has it where Go 1.19's
// differs: "pkg.Name" or "pkg.Type.Method" (pkg is the import path), with
// the Go version that added or changed it.
var newer = map[string]string{
	"errors.Join":           "go1.20",
	"errors.ErrUnsupported": "go1.21",

	"strings.CutPrefix":    "go1.20",
	"strings.CutSuffix":    "go1.20",
	"strings.ContainsFunc": "go1.21",

	"sync.OnceFunc":             "go1.21",
	"sync.OnceValue":            "go1.21",
	"sync.OnceValues":           "go1.21",
	"sync.Map.Swap":             "go1.20",
	"sync.Map.CompareAndSwap":   "go1.20",
	"sync.Map.CompareAndDelete": "go1.20",

	"context.CancelCauseFunc":   "go1.20",
	"context.WithCancelCause":   "go1.20",
	"context.Cause":             "go1.20",
	"context.AfterFunc":         "go1.21",
	"context.WithoutCancel":     "go1.21",
	"context.WithDeadlineCause": "go1.21",
	"context.WithTimeoutCause":  "go1.21",

	"time.DateTime":     "go1.20",
	"time.DateOnly":     "go1.20",
	"time.TimeOnly":     "go1.20",
	"time.Time.Compare": "go1.20",

	"fmt.FormatString": "go1.20",

	// Go 1.21 moved the tables to Unicode 15.0.0 (1.19: "13.0.0").
	"unicode.Version": "go1.21",
}

// newPackages are the stubs of packages Go 1.19 does not have.
var newPackages = map[string]string{
	"cmp":    "go1.21",
	"maps":   "go1.21",
	"slices": "go1.21",
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: apicheck STUB_DIR")
		os.Exit(2)
	}
	c := newChecker(os.Args[1])
	paths, err := c.stubPaths()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	objects := 0
	for _, path := range paths {
		stub, err := c.Import(path)
		if err != nil {
			c.report("%s: does not type-check: %v", path, err)
			continue
		}
		if _, isNew := newPackages[path]; isNew {
			continue
		}
		real, err := c.real.Import(path)
		if err != nil {
			c.report("%s: cannot load Go's package: %v", path, err)
			continue
		}
		objects += c.comparePackage(path, stub, real)
	}
	for key, version := range newer {
		if _, failed := c.failed[key[:strings.Index(key, ".")]]; !failed && !c.newerSeen[key] {
			c.report("%s: listed as new in %s but the stubs do not declare it", key, version)
		}
	}
	fmt.Printf("checked %d packages, %d objects\n", len(paths), objects)
	if c.problems > 0 {
		os.Exit(1)
	}
}

// checker type-checks stubs (an importer over the stub directory) and compares them with Go's packages.
type checker struct {
	dir       string
	fset      *token.FileSet
	stubs     map[string]*types.Package
	failed    map[string]error
	real      types.Importer
	problems  int
	newerSeen map[string]bool
}

func newChecker(dir string) *checker {
	fset := token.NewFileSet()
	return &checker{
		dir:       dir,
		fset:      fset,
		stubs:     map[string]*types.Package{},
		failed:    map[string]error{},
		real:      importer.ForCompiler(fset, "source", nil),
		newerSeen: map[string]bool{},
	}
}

func (c *checker) report(format string, args ...any) {
	c.problems++
	fmt.Printf("MISMATCH "+format+"\n", args...)
}

// stubPaths lists the stubs' import paths, as engine/lang/stdlib/embed.cmake names them ('_' for '/').
func (c *checker) stubPaths() ([]string, error) {
	files, err := filepath.Glob(filepath.Join(c.dir, "*.go"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no stubs in %s", c.dir)
	}
	var paths []string
	for _, f := range files {
		paths = append(paths, strings.ReplaceAll(strings.TrimSuffix(filepath.Base(f), ".go"), "_", "/"))
	}
	sort.Strings(paths)
	return paths, nil
}

// Import type-checks the stub of path (once), importing other stubs the same way.
func (c *checker) Import(path string) (*types.Package, error) {
	if err, ok := c.failed[path]; ok {
		return nil, err
	}
	if pkg, ok := c.stubs[path]; ok {
		if pkg == nil {
			return nil, fmt.Errorf("import cycle through %s", path)
		}
		return pkg, nil
	}
	c.stubs[path] = nil // in progress
	pkg, err := c.check(path)
	if err != nil {
		delete(c.stubs, path)
		c.failed[path] = err
		return nil, err
	}
	c.stubs[path] = pkg
	return pkg, nil
}

// check parses and type-checks the stub of path.
func (c *checker) check(path string) (*types.Package, error) {
	file := filepath.Join(c.dir, strings.ReplaceAll(path, "/", "_")+".go")
	f, err := parser.ParseFile(c.fset, file, nil, parser.ParseComments)
	if err != nil {
		return nil, err
	}
	if want := path[strings.LastIndex(path, "/")+1:]; f.Name.Name != want {
		return nil, fmt.Errorf("%s: package %s, want %s", file, f.Name.Name, want)
	}
	giveGenericsBodies(f)
	var errs []string
	conf := types.Config{
		Importer: c,
		Error:    func(err error) { errs = append(errs, err.Error()) },
	}
	pkg, _ := conf.Check(path, c.fset, []*ast.File{f}, nil)
	if len(errs) > 0 {
		return nil, fmt.Errorf("%s", strings.Join(errs, "; "))
	}
	return pkg, nil
}

// giveGenericsBodies gives each bodiless generic function the body
// { panic("native") }, which go/types accepts whatever the results.
func giveGenericsBodies(f *ast.File) {
	for _, decl := range f.Decls {
		fn, ok := decl.(*ast.FuncDecl)
		if !ok || fn.Body != nil || fn.Type.TypeParams == nil || len(fn.Type.TypeParams.List) == 0 {
			continue
		}
		fn.Body = &ast.BlockStmt{List: []ast.Stmt{&ast.ExprStmt{X: &ast.CallExpr{
			Fun:  ast.NewIdent("panic"),
			Args: []ast.Expr{&ast.BasicLit{Kind: token.STRING, Value: `"native"`}},
		}}}}
	}
}

// qualifier writes every package by its name.
func qualifier(p *types.Package) string { return p.Name() }

func typeString(t types.Type) string { return types.TypeString(t, qualifier) }

// newerKey reports whether key is in `newer`, noting that it was met.
func (c *checker) newerKey(key string) bool {
	if _, ok := newer[key]; ok {
		c.newerSeen[key] = true
		return true
	}
	return false
}

// comparePackage compares every exported object of stub with real's and returns how many it compared.
func (c *checker) comparePackage(path string, stub, real *types.Package) int {
	if stub.Name() != real.Name() {
		c.report("%s: package %s, Go's is %s", path, stub.Name(), real.Name())
	}
	n := 0
	for _, name := range stub.Scope().Names() {
		obj := stub.Scope().Lookup(name)
		if !obj.Exported() {
			continue
		}
		n++
		key := path + "." + name
		isNew := c.newerKey(key)
		robj := real.Scope().Lookup(name)
		if robj == nil {
			if !isNew {
				c.report("%s: Go has no such name", key)
			}
			continue
		}
		if isNew {
			if !c.sameObject(key, obj, robj, false) {
				continue // a change since 1.19, as listed
			}
			c.report("%s: listed as new in %s but Go 1.19 has it already", key, newer[key])
			continue
		}
		c.sameObject(key, obj, robj, true)
	}
	return n
}

// sameObject compares two objects of one name, reporting differences if report; it returns whether they agree.
func (c *checker) sameObject(key string, obj, robj types.Object, report bool) bool {
	ok := true
	fail := func(format string, args ...any) {
		ok = false
		if report {
			c.report(key+": "+format, args...)
		}
	}
	if k, rk := kind(obj), kind(robj); k != rk {
		fail("a %s, Go's is a %s", k, rk)
		return false
	}
	if t, rt := typeString(obj.Type()), typeString(robj.Type()); t != rt {
		fail("type %s, Go's is %s", t, rt)
	}
	switch obj := obj.(type) {
	case *types.Const:
		rc := robj.(*types.Const)
		if obj.Val().ExactString() != rc.Val().ExactString() || !constant.Compare(obj.Val(), token.EQL, rc.Val()) {
			fail("value %s, Go's is %s", obj.Val().ExactString(), rc.Val().ExactString())
		}
	case *types.TypeName:
		if !c.sameType(key, obj, robj.(*types.TypeName), report) {
			ok = false
		}
	}
	return ok
}

func kind(obj types.Object) string {
	switch obj.(type) {
	case *types.Const:
		return "const"
	case *types.Var:
		return "var"
	case *types.TypeName:
		return "type"
	case *types.Func:
		return "func"
	}
	return fmt.Sprintf("%T", obj)
}

// sameType compares what users see of a type: its underlying type unless
// that is a struct (whose hidden fields are the stub's own), exported
// struct fields, and exported methods.
func (c *checker) sameType(key string, obj, robj *types.TypeName, report bool) bool {
	ok := true
	fail := func(format string, args ...any) {
		ok = false
		if report {
			c.report(key+": "+format, args...)
		}
	}
	if obj.IsAlias() != robj.IsAlias() {
		fail("alias %v, Go's %v", obj.IsAlias(), robj.IsAlias())
	}
	u, ru := obj.Type().Underlying(), robj.Type().Underlying()
	st, isStruct := u.(*types.Struct)
	rst, rIsStruct := ru.(*types.Struct)
	switch {
	case isStruct && rIsStruct:
		fields, rfields := exportedFields(st), exportedFields(rst)
		for name, t := range fields {
			if rt, found := rfields[name]; !found {
				fail("field %s: Go has no such field", name)
			} else if t != rt {
				fail("field %s: type %s, Go's is %s", name, t, rt)
			}
		}
		for name := range rfields {
			if _, found := fields[name]; !found {
				fail("field %s: missing (Go's type has it)", name)
			}
		}
	case isStruct != rIsStruct || typeString(u) != typeString(ru):
		fail("underlying type %s, Go's is %s", typeString(u), typeString(ru))
	}

	// Methods: *T's method set holds all; T's tells which have value receivers.
	ptr, rptr := methods(types.NewPointer(obj.Type())), methods(types.NewPointer(robj.Type()))
	val, rval := methods(obj.Type()), methods(robj.Type())
	if _, isInterface := u.(*types.Interface); isInterface {
		return ok // the method list is the underlying type, compared above
	}
	for name, sig := range ptr {
		mkey := key + "." + name
		isNew := c.newerKey(mkey)
		rsig, found := rptr[name]
		switch {
		case !found && isNew:
		case !found:
			fail("method %s: Go has no such method", name)
		case isNew && sig == rsig:
			c.report("%s: listed as new in %s but Go 1.19 has it already", mkey, newer[mkey])
		case isNew:
		case sig != rsig:
			fail("method %s: %s, Go's is %s", name, sig, rsig)
		default:
			if _, v := val[name]; v {
				if _, rv := rval[name]; !rv {
					fail("method %s: value receiver, Go's has a pointer receiver", name)
				}
			} else if _, rv := rval[name]; rv {
				fail("method %s: pointer receiver, Go's has a value receiver", name)
			}
		}
	}
	return ok
}

// exportedFields maps a struct's exported field names to their types.
func exportedFields(st *types.Struct) map[string]string {
	fields := map[string]string{}
	for i := 0; i < st.NumFields(); i++ {
		if f := st.Field(i); f.Exported() {
			fields[f.Name()] = typeString(f.Type())
		}
	}
	return fields
}

// methods maps the exported methods of t's method set to their signatures.
func methods(t types.Type) map[string]string {
	ms := types.NewMethodSet(t)
	out := map[string]string{}
	for i := 0; i < ms.Len(); i++ {
		if f := ms.At(i).Obj(); f.Exported() {
			out[f.Name()] = typeString(f.Type())
		}
	}
	return out
}

// note: the compiler's message; `go build` reports the go command's own check first ("expected 'package', found 'func'").
// want: ./prog.go:3:1: syntax error: package statement must be first
func main() {}

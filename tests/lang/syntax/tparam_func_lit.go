// want: ./prog.go:4:13: syntax error: function type must have no type parameters
package main

var f = func[T any]() {}

func main() {}

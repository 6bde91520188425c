// want: ./prog.go:14:18: syntax error: unexpected }, expected expression
// want: ./prog.go:15:18: syntax error: unexpected }, expected expression
// want: ./prog.go:16:18: syntax error: unexpected }, expected expression
// want: ./prog.go:17:18: syntax error: unexpected }, expected expression
// want: ./prog.go:18:18: syntax error: unexpected }, expected expression
// want: ./prog.go:19:18: syntax error: unexpected }, expected expression
// want: ./prog.go:20:18: syntax error: unexpected }, expected expression
// want: ./prog.go:21:18: syntax error: unexpected }, expected expression
// want: ./prog.go:22:18: syntax error: unexpected }, expected expression
// want: ./prog.go:23:18: syntax error: unexpected }, expected expression
// want: ./prog.go:23:18: too many errors
package main

func f0() { x := }
func f1() { x := }
func f2() { x := }
func f3() { x := }
func f4() { x := }
func f5() { x := }
func f6() { x := }
func f7() { x := }
func f8() { x := }
func f9() { x := }
func f10() { x := }
func f11() { x := }

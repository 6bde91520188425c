// An expression evaluator: a tokenizer, a recursive-descent parser building
// an AST of interface values, evaluation with variables, and error handling.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type Expr interface {
	Eval(env map[string]float64) (float64, error)
	String() string
}

type Num float64
type Var string
type Binary struct {
	Op          byte
	Left, Right Expr
}
type Neg struct{ X Expr }

func (n Num) Eval(map[string]float64) (float64, error) { return float64(n), nil }
func (n Num) String() string                           { return strconv.FormatFloat(float64(n), 'g', -1, 64) }

func (v Var) Eval(env map[string]float64) (float64, error) {
	if x, ok := env[string(v)]; ok {
		return x, nil
	}
	return 0, fmt.Errorf("undefined variable %q", string(v))
}
func (v Var) String() string { return string(v) }

var ErrDivZero = errors.New("division by zero")

func (b Binary) Eval(env map[string]float64) (float64, error) {
	l, err := b.Left.Eval(env)
	if err != nil {
		return 0, err
	}
	r, err := b.Right.Eval(env)
	if err != nil {
		return 0, err
	}
	switch b.Op {
	case '+':
		return l + r, nil
	case '-':
		return l - r, nil
	case '*':
		return l * r, nil
	case '/':
		if r == 0 {
			return 0, ErrDivZero
		}
		return l / r, nil
	}
	return 0, fmt.Errorf("bad operator %c", b.Op)
}
func (b Binary) String() string {
	return "(" + b.Left.String() + " " + string(b.Op) + " " + b.Right.String() + ")"
}

func (n Neg) Eval(env map[string]float64) (float64, error) {
	x, err := n.X.Eval(env)
	return -x, err
}
func (n Neg) String() string { return "(-" + n.X.String() + ")" }

type parser struct {
	toks []string
	pos  int
}

func tokenize(s string) ([]string, error) {
	var toks []string
	for i := 0; i < len(s); {
		c := rune(s[i])
		switch {
		case unicode.IsSpace(c):
			i++
		case strings.ContainsRune("+-*/()", c):
			toks = append(toks, string(c))
			i++
		case unicode.IsDigit(c) || c == '.':
			j := i
			for j < len(s) && (unicode.IsDigit(rune(s[j])) || s[j] == '.') {
				j++
			}
			toks = append(toks, s[i:j])
			i = j
		case unicode.IsLetter(c):
			j := i
			for j < len(s) && unicode.IsLetter(rune(s[j])) {
				j++
			}
			toks = append(toks, s[i:j])
			i = j
		default:
			return nil, fmt.Errorf("unexpected character %q at %d", c, i)
		}
	}
	return toks, nil
}

func (p *parser) peek() string {
	if p.pos < len(p.toks) {
		return p.toks[p.pos]
	}
	return ""
}

func (p *parser) next() string {
	t := p.peek()
	p.pos++
	return t
}

func (p *parser) expr() (Expr, error) {
	left, err := p.term()
	if err != nil {
		return nil, err
	}
	for p.peek() == "+" || p.peek() == "-" {
		op := p.next()[0]
		right, err := p.term()
		if err != nil {
			return nil, err
		}
		left = Binary{op, left, right}
	}
	return left, nil
}

func (p *parser) term() (Expr, error) {
	left, err := p.factor()
	if err != nil {
		return nil, err
	}
	for p.peek() == "*" || p.peek() == "/" {
		op := p.next()[0]
		right, err := p.factor()
		if err != nil {
			return nil, err
		}
		left = Binary{op, left, right}
	}
	return left, nil
}

func (p *parser) factor() (Expr, error) {
	t := p.next()
	switch {
	case t == "":
		return nil, errors.New("unexpected end of input")
	case t == "-":
		x, err := p.factor()
		if err != nil {
			return nil, err
		}
		return Neg{x}, nil
	case t == "(":
		e, err := p.expr()
		if err != nil {
			return nil, err
		}
		if p.next() != ")" {
			return nil, errors.New("missing )")
		}
		return e, nil
	case unicode.IsLetter(rune(t[0])):
		return Var(t), nil
	}
	f, err := strconv.ParseFloat(t, 64)
	if err != nil {
		return nil, fmt.Errorf("bad number: %w", err)
	}
	return Num(f), nil
}

func parse(s string) (Expr, error) {
	toks, err := tokenize(s)
	if err != nil {
		return nil, err
	}
	p := &parser{toks: toks}
	e, err := p.expr()
	if err != nil {
		return nil, err
	}
	if p.pos != len(p.toks) {
		return nil, fmt.Errorf("unexpected %q", p.peek())
	}
	return e, nil
}

func main() {
	env := map[string]float64{"x": 3, "pi": 3.14159}
	inputs := []string{
		"1 + 2 * 3",
		"(1 + 2) * 3",
		"-x * -x + 1",
		"2 * pi * x",
		"10 / (5 - 5)",
		"y + 1",
		"1 +",
		"(2 + 3",
		"4 $ 4",
		"1.2.3",
		"7 / 2 - 0.5",
	}
	for _, in := range inputs {
		e, err := parse(in)
		if err != nil {
			fmt.Printf("%-14s parse error: %v\n", in, err)
			continue
		}
		v, err := e.Eval(env)
		if errors.Is(err, ErrDivZero) {
			fmt.Printf("%-14s %s => division by zero!\n", in, e)
			continue
		}
		if err != nil {
			fmt.Printf("%-14s %s => error: %v\n", in, e, err)
			continue
		}
		fmt.Printf("%-14s %s => %g\n", in, e, v)
	}
}

// Output:
// 1 + 2 * 3      (1 + (2 * 3)) => 7
// (1 + 2) * 3    ((1 + 2) * 3) => 9
// -x * -x + 1    (((-x) * (-x)) + 1) => 10
// 2 * pi * x     ((2 * pi) * x) => 18.849539999999998
// 10 / (5 - 5)   (10 / (5 - 5)) => division by zero!
// y + 1          (y + 1) => error: undefined variable "y"
// 1 +            parse error: unexpected end of input
// (2 + 3         parse error: missing )
// 4 $ 4          parse error: unexpected character '$' at 2
// 1.2.3          parse error: bad number: strconv.ParseFloat: parsing "1.2.3": invalid syntax
// 7 / 2 - 0.5    ((7 / 2) - 0.5) => 3

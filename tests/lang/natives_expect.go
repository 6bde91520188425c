//go:build ignore

// natives_expect prints the real-Go answers natives_test.cpp holds the natives to:
//
//	go run natives_expect.go
//
// (go1.19 and go1.22 answer alike for everything printed here.)
package main

import (
	"fmt"
	"math"
	"math/rand"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
)

func main() {
	mathCases()
	// FormatFloat
	for _, c := range []struct {
		f    float64
		fmt  byte
		prec int
		bits int
	}{{3.14159, 'g', -1, 64}, {1e21, 'g', -1, 64}, {1e20, 'f', -1, 64}, {0.1, 'e', 3, 64}, {0.1, 'g', -1, 32},
		{123456789, 'G', 4, 64}, {-0.0, 'f', 2, 64}, {math.Inf(1), 'f', 2, 64}, {math.NaN(), 'g', -1, 64},
		{1.5, 'x', -1, 64}, {1.5, 'b', -1, 64}, {2.5, 'f', 0, 64}, {1.0, 'z', 2, 64}, {5e-324, 'g', -1, 64},
		{100, 'e', -1, 64}, {0.000001234, 'g', 3, 64}} {
		fmt.Printf("FormatFloat %v %c %d %d = %q\n", c.f, c.fmt, c.prec, c.bits, strconv.FormatFloat(c.f, c.fmt, c.prec, c.bits))
	}
	for _, s := range []string{"3.14", "1e400", "-1e400", "1e-400", "0x1.8p3", "inf", "-Infinity", "nan", "1_000.5", "0x_1p0",
		"1__0", "", ".", "1e", "+.5", "12abc", "0x1p", "3.4028236e38", "1.17549435e-38", "infx", "0X1P-2"} {
		for _, bits := range []int{64, 32} {
			f, err := strconv.ParseFloat(s, bits)
			fmt.Printf("ParseFloat %q %d = %x %v\n", s, bits, math.Float64bits(f), err)
		}
	}
	for _, s := range []string{"hello", "a\"b\\c", "\x00\x7f\xff", "héllo\u00a0\u2000", "\U0001F600", "\t\n"} {
		fmt.Printf("Quote %q = %s | %s | %s\n", s, strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s))
	}
	for _, r := range []rune{'a', '\'', 0x7f, 0xa0, 0x1F600, -1, 0xD800} {
		fmt.Printf("QuoteRune %d = %s | %s | %s\n", r, strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r), strconv.QuoteRuneToGraphic(r))
	}
	for _, s := range []string{`"a\tb"`, "`raw\r`", `'x'`, `'ab'`, `"\u00e9\x41\101"`, `"bad`, `"a"b`, `"\400"`, `"\xff"`} {
		u, err := strconv.Unquote(s)
		p, perr := strconv.QuotedPrefix(s)
		fmt.Printf("Unquote %s = %q %v | %q %v\n", s, u, err, p, perr)
	}
	for _, c := range []struct {
		s string
		q byte
	}{{`\u00e9rest`, '"'}, {`\'x`, '\''}, {`\'x`, '"'}, {`\x41`, '"'}, {"é!", '"'}} {
		v, mb, tail, err := strconv.UnquoteChar(c.s, c.q)
		fmt.Printf("UnquoteChar %q %c = %d %v %q %v\n", c.s, c.q, v, mb, tail, err)
	}
	for _, s := range []string{"1+2i", "(3-4.5i)", "2i", "NaN+Infi", "1e400+1i", "1+2j"} {
		c, err := strconv.ParseComplex(s, 128)
		fmt.Printf("ParseComplex %q = %v %v\n", s, c, err)
	}
	fmt.Printf("FormatComplex = %s %s\n", strconv.FormatComplex(complex(1.5, -2), 'f', 1, 128), strconv.FormatComplex(complex(1, 2), 'g', -1, 64))

	// sort.Slice: where equal keys end up
	type kv struct{ k, v int }
	var xs []kv
	r := rand.New(rand.NewSource(7))
	for i := 0; i < 100; i++ {
		xs = append(xs, kv{r.Intn(10), i})
	}
	ys := append([]kv(nil), xs...)
	sort.Slice(ys, func(i, j int) bool { return ys[i].k < ys[j].k })
	fmt.Print("SortSlice")
	for _, y := range ys {
		fmt.Print(" ", y.v)
	}
	fmt.Println()
	zs := append([]kv(nil), xs...)
	sort.SliceStable(zs, func(i, j int) bool { return zs[i].k < zs[j].k })
	fmt.Print("SortStable")
	for _, y := range zs {
		fmt.Print(" ", y.v)
	}
	fmt.Println()
	fmt.Print("Keys")
	for _, x := range xs {
		fmt.Print(" ", x.k)
	}
	fmt.Println()

	// math/rand on NewSource
	rr := rand.New(rand.NewSource(42))
	fmt.Println("Rand", rr.Int63(), rr.Intn(100), rr.Int31n(1000), rr.Uint32(), rr.Uint64(), rr.Float64(), rr.Perm(5), rr.NormFloat64(), rr.ExpFloat64())
	rs := rand.New(rand.NewSource(-5))
	fmt.Println("RandNeg", rs.Int63(), rs.Int63n(1e15))

	// strings.Builder capacity growth
	var b strings.Builder
	b.Grow(10)
	c1 := b.Cap()
	b.WriteString("hello world!")
	c2 := b.Cap()
	b.WriteRune('é')
	fmt.Println("Builder", c1, c2, b.Cap(), b.Len(), b.String())

	// unicode
	fmt.Println("Unicode", unicode.IsUpper('Σ'), unicode.IsLetter('ß'), unicode.IsSpace('\u2028'), unicode.ToUpper('ß'), unicode.ToLower('Σ'), unicode.ToTitle('ǆ'),
		unicode.SimpleFold('k'), unicode.SimpleFold('K'), unicode.SimpleFold('\u212A'), unicode.SimpleFold('Σ'), unicode.To(unicode.UpperCase, 'ǉ'), unicode.To(5, 'a'),
		unicode.IsPunct('!'), unicode.IsDigit('٣'), unicode.IsNumber('½'), unicode.IsControl('\u0085'), unicode.IsPrint('\u00a0'), unicode.IsGraphic('\u00a0'))

	// time
	t0 := time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC)
	for _, l := range []string{time.RFC3339Nano, time.ANSIC, time.Kitchen, "Monday Jan _2 2006 __2 002 .000 ,999 -07:00 Z07:00 MST pm", "06 1 2 3 4 5 PM"} {
		fmt.Printf("Format %q = %q\n", l, t0.Format(l))
	}
	z := time.FixedZone("XYZ", -(3*3600 + 30*60))
	fmt.Printf("FormatZone = %q\n", t0.In(z).Format("2006-01-02 15:04:05 -0700 MST Z07:00"))
	fmt.Printf("String = %q %q\n", t0.String(), t0.In(z).String())
	for _, c := range [][2]string{{time.RFC3339, "2021-03-04T05:06:07+02:00"}, {"2006-01-02 15:04:05.000", "2020-02-29 23:59:59.123"},
		{"Jan 2 2006", "Feb 30 2020"}, {"2006-01-02", "2020-13-01"}, {time.RFC1123, "Mon, 02 Jan 2006 15:04:05 PST"}, {"15:04", "25:00"},
		{"2006-01-02", "2020-01-02 extra"}, {"2006 002", "2020 060"}} {
		t, err := time.Parse(c[0], c[1])
		fmt.Printf("Parse %q %q = %q %v\n", c[0], c[1], t.Format(time.RFC3339Nano+" MST"), err)
	}
	for _, s := range []string{"1h30m", "-1.5h", "300ms", "1µs", "1.0000000001s", "", "1", "1x", "9223372036854775807ns", "9223372036854775808ns", ".5s", "0"} {
		d, err := time.ParseDuration(s)
		fmt.Printf("ParseDuration %q = %d %v\n", s, int64(d), err)
	}
}

func mathCases() {
	for _, c := range []struct {
		n string
		f func(float64) float64
		x float64
	}{{"math.Exp", math.Exp, 1}, {"math.Exp", math.Exp, -745}, {"math.Exp", math.Exp, 0.3}, {"math.Log", math.Log, 10},
		{"math.Log", math.Log, 0.7071067811865476}, {"math.Sin", math.Sin, math.Pi}, {"math.Cos", math.Cos, 1e300},
		{"math.Tan", math.Tan, 1e22}, {"math.Cbrt", math.Cbrt, 8}, {"math.Gamma", math.Gamma, 5}, {"math.Gamma", math.Gamma, -1.5},
		{"math.Erf", math.Erf, 0.5}, {"math.RoundToEven", math.RoundToEven, 2.5}, {"math.Atan", math.Atan, 1},
		{"math.Sinh", math.Sinh, 2}, {"math.Log1p", math.Log1p, 1e-10}, {"math.J0", math.J0, 3}} {
		fmt.Printf("{%q, 0x%016x, 0x%016x},  // %v(%v) = %v\n", c.n, math.Float64bits(c.x), math.Float64bits(c.f(c.x)), c.n, c.x, c.f(c.x))
	}
	fmt.Println(math.Pow(2, 0.5) == math.Sqrt(2), math.Hypot(3, 4))
}

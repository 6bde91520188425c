// Package strconv as Go 1.22 declares it: integer, boolean and float
// conversions, quoting, the Append* forms, NumError.
//
// Go here: the integer and boolean conversions (Itoa, Atoi, ParseInt,
// ParseUint, FormatInt, FormatUint, ParseBool, FormatBool), NumError,
// CanBackquote, and every Append* (the Format or Quote result appended). Native: the float and complex conversions (shortest
// round-trip formatting and correctly rounded parsing), and the quoting
// family, which needs Unicode's printable tables (IsPrint, IsGraphic).
package strconv

import (
	"errors"
	"unicode/utf8"
)

// IntSize is the size in bits of an int or uint value.
const IntSize = intSize

const intSize = 32 << (^uint(0) >> 63)

// ErrRange indicates that a value is out of range for the target type.
var ErrRange = errors.New("value out of range")

// ErrSyntax indicates that a value does not have the right syntax for the target type.
var ErrSyntax = errors.New("invalid syntax")

// A NumError records a failed conversion.
type NumError struct {
	Func string // the failing function (ParseBool, ParseInt, ParseUint, ParseFloat, ParseComplex)
	Num  string // the input
	Err  error  // the reason the conversion failed (e.g. ErrRange, ErrSyntax, etc.)
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

func syntaxError(fn, str string) *NumError { return &NumError{fn, str, ErrSyntax} }

func rangeError(fn, str string) *NumError { return &NumError{fn, str, ErrRange} }

// digits are the digits of bases up to 36.
const digits = "0123456789abcdefghijklmnopqrstuvwxyz"

// FormatUint returns the string representation of i in the given base, for 2 <= base <= 36.
func FormatUint(i uint64, base int) string {
	if base < 2 || base > len(digits) {
		panic("strconv: illegal AppendInt/FormatInt base")
	}
	var buf [64]byte
	n := len(buf)
	b := uint64(base)
	for {
		n--
		buf[n] = digits[i%b]
		i /= b
		if i == 0 {
			break
		}
	}
	return string(buf[n:])
}

// FormatInt returns the string representation of i in the given base, for 2 <= base <= 36.
func FormatInt(i int64, base int) string {
	if i < 0 {
		// -i wraps for math.MinInt64, and uint64 of the wrapped value is its magnitude.
		return "-" + FormatUint(uint64(-i), base)
	}
	return FormatUint(uint64(i), base)
}

// Itoa is equivalent to FormatInt(int64(i), 10).
func Itoa(i int) string {
	return FormatInt(int64(i), 10)
}

// FormatBool returns "true" or "false" according to the value of b.
func FormatBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// ParseBool returns the boolean value represented by the string: 1, t, T, TRUE, true, True, 0, f, F, FALSE, false, False.
func ParseBool(str string) (bool, error) {
	switch str {
	case "1", "t", "T", "true", "TRUE", "True":
		return true, nil
	case "0", "f", "F", "false", "FALSE", "False":
		return false, nil
	}
	return false, syntaxError("ParseBool", str)
}

// lower returns the lower-case form of an ASCII letter (and garbage for other bytes, which callers range-check).
func lower(c byte) byte { return c | ('x' - 'X') }

// ParseUint is like ParseInt but for unsigned numbers; a sign prefix is not permitted.
func ParseUint(s string, base int, bitSize int) (uint64, error) {
	const fn = "ParseUint"
	if s == "" {
		return 0, syntaxError(fn, s)
	}
	s0 := s
	prefixed := base == 0
	switch {
	case 2 <= base && base <= 36:
	case base == 0:
		base = 10
		if s[0] == '0' {
			switch {
			case len(s) >= 3 && lower(s[1]) == 'b':
				base, s = 2, s[2:]
			case len(s) >= 3 && lower(s[1]) == 'o':
				base, s = 8, s[2:]
			case len(s) >= 3 && lower(s[1]) == 'x':
				base, s = 16, s[2:]
			default:
				base, s = 8, s[1:]
			}
		}
	default:
		return 0, &NumError{fn, s0, errors.New("invalid base " + Itoa(base))}
	}
	if bitSize == 0 {
		bitSize = IntSize
	} else if bitSize < 0 || bitSize > 64 {
		return 0, &NumError{fn, s0, errors.New("invalid bit size " + Itoa(bitSize))}
	}

	maxVal := uint64(1)<<uint(bitSize) - 1
	cutoff := (1<<64-1)/uint64(base) + 1 // n*base overflows for n >= cutoff
	underscores := false
	var n uint64
	for i := 0; i < len(s); i++ {
		c := s[i]
		var d byte
		switch {
		case c == '_' && prefixed:
			underscores = true
			continue
		case '0' <= c && c <= '9':
			d = c - '0'
		case 'a' <= lower(c) && lower(c) <= 'z':
			d = lower(c) - 'a' + 10
		default:
			return 0, syntaxError(fn, s0)
		}
		if d >= byte(base) {
			return 0, syntaxError(fn, s0)
		}
		// Out of range is reported at once, before later syntax errors, as Go's.
		if n >= cutoff {
			return maxVal, rangeError(fn, s0)
		}
		n *= uint64(base)
		n1 := n + uint64(d)
		if n1 < n || n1 > maxVal {
			return maxVal, rangeError(fn, s0)
		}
		n = n1
	}
	if underscores && !underscoreOK(s0) {
		return 0, syntaxError(fn, s0)
	}
	return n, nil
}

// ParseInt interprets a string s in the given base (0, 2 to 36) and bit
// size (0 to 64) and returns the corresponding value i. Base 0 takes the
// base from the prefix (0b, 0o, 0x, 0) and allows underscores.
func ParseInt(s string, base int, bitSize int) (i int64, err error) {
	const fn = "ParseInt"
	if s == "" {
		return 0, syntaxError(fn, s)
	}
	s0 := s
	neg := false
	if s[0] == '+' {
		s = s[1:]
	} else if s[0] == '-' {
		neg = true
		s = s[1:]
	}
	un, err := ParseUint(s, base, bitSize)
	if err != nil && err.(*NumError).Err != ErrRange {
		err.(*NumError).Func = fn
		err.(*NumError).Num = s0
		return 0, err
	}
	if bitSize == 0 {
		bitSize = IntSize
	}
	cutoff := uint64(1 << uint(bitSize-1))
	if !neg && un >= cutoff {
		return int64(cutoff - 1), rangeError(fn, s0)
	}
	if neg && un > cutoff {
		return -int64(cutoff), rangeError(fn, s0)
	}
	n := int64(un)
	if neg {
		n = -n
	}
	return n, nil
}

// Atoi is equivalent to ParseInt(s, 10, 0), converted to type int.
func Atoi(s string) (int, error) {
	i, err := ParseInt(s, 10, 0)
	if nerr, ok := err.(*NumError); ok {
		nerr.Func = "Atoi"
	}
	return int(i), err
}

// underscoreOK reports whether the underscores in s are placed as Go's
// integer literals allow: only between digits, or between a base prefix
// and a digit.
func underscoreOK(s string) bool {
	// prev is the class of the previous character: '^' start, '0' digit
	// (or base prefix), '_' underscore, '!' anything else.
	prev := '^'
	if len(s) >= 1 && (s[0] == '-' || s[0] == '+') {
		s = s[1:]
	}
	i := 0
	hex := false
	if len(s) >= 2 && s[0] == '0' && (lower(s[1]) == 'b' || lower(s[1]) == 'o' || lower(s[1]) == 'x') {
		i = 2
		prev = '0'
		hex = lower(s[1]) == 'x'
	}
	for ; i < len(s); i++ {
		c := s[i]
		if '0' <= c && c <= '9' || hex && 'a' <= lower(c) && lower(c) <= 'f' {
			prev = '0'
			continue
		}
		if c == '_' {
			if prev != '0' {
				return false
			}
			prev = '_'
			continue
		}
		if prev == '_' {
			return false
		}
		prev = '!'
	}
	return prev != '_'
}

// CanBackquote reports whether s can be represented unchanged as a
// single-line backquoted string: no control characters but tab, no
// backquote, valid UTF-8 and no byte order mark.
func CanBackquote(s string) bool {
	for i, r := range s {
		switch {
		case r == utf8.RuneError:
			if len(s)-i < 3 || s[i:i+3] != "\uFFFD" {
				return false
			}
		case r == '\uFEFF':
			return false
		case r < ' ' && r != '\t', r == '`', r == '\u007F':
			return false
		}
	}
	return true
}

// ParseFloat converts s to a floating-point number of the precision given by bitSize (32 or 64) (native).
func ParseFloat(s string, bitSize int) (float64, error)

// FormatFloat converts f to a string, according to the format fmt ('b', 'e', 'E', 'f', 'g', 'G', 'x', 'X') and precision prec (native).
func FormatFloat(f float64, fmt byte, prec, bitSize int) string

// ParseComplex converts s to a complex number of the precision given by bitSize (64 or 128) (native).
func ParseComplex(s string, bitSize int) (complex128, error)

// FormatComplex converts c to a string of the form (a+bi) (native).
func FormatComplex(c complex128, fmt byte, prec, bitSize int) string

// Quote returns a double-quoted Go string literal representing s (native).
func Quote(s string) string

// QuoteToASCII returns a double-quoted Go string literal representing s, escaping non-ASCII characters (native).
func QuoteToASCII(s string) string

// QuoteToGraphic returns a double-quoted Go string literal representing s, leaving graphic characters unescaped (native).
func QuoteToGraphic(s string) string

// QuoteRune returns a single-quoted Go character literal representing the rune (native).
func QuoteRune(r rune) string

// QuoteRuneToASCII returns a single-quoted Go character literal representing the rune, escaping non-ASCII characters (native).
func QuoteRuneToASCII(r rune) string

// QuoteRuneToGraphic returns a single-quoted Go character literal representing the rune, leaving graphic characters unescaped (native).
func QuoteRuneToGraphic(r rune) string

// QuotedPrefix returns the quoted string (as understood by Unquote) at the prefix of s (native).
func QuotedPrefix(s string) (string, error)

// Unquote interprets s as a single-quoted, double-quoted, or backquoted Go string literal, returning the string value that s quotes (native).
func Unquote(s string) (string, error)

// UnquoteChar decodes the first character or byte in the escaped string or character literal represented by the string s (native).
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error)

// IsPrint reports whether the rune is defined as printable by Go (native).
func IsPrint(r rune) bool

// IsGraphic reports whether the rune is defined as a Graphic by Unicode (native).
func IsGraphic(r rune) bool

// AppendBool appends "true" or "false", according to the value of b, to dst and returns the extended buffer.
func AppendBool(dst []byte, b bool) []byte { return append(dst, FormatBool(b)...) }

// AppendInt appends the string form of the integer i, as generated by FormatInt, to dst and returns the extended buffer.
func AppendInt(dst []byte, i int64, base int) []byte { return append(dst, FormatInt(i, base)...) }

// AppendUint appends the string form of the unsigned integer i, as generated by FormatUint, to dst and returns the extended buffer.
func AppendUint(dst []byte, i uint64, base int) []byte { return append(dst, FormatUint(i, base)...) }

// AppendFloat appends the string form of the floating-point number f, as generated by FormatFloat, to dst and returns the extended buffer.
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	return append(dst, FormatFloat(f, fmt, prec, bitSize)...)
}

// AppendQuote appends a double-quoted Go string literal representing s, as generated by Quote, to dst and returns the extended buffer.
func AppendQuote(dst []byte, s string) []byte { return append(dst, Quote(s)...) }

// AppendQuoteToASCII appends a double-quoted Go string literal representing s, as generated by QuoteToASCII, to dst and returns the extended buffer.
func AppendQuoteToASCII(dst []byte, s string) []byte { return append(dst, QuoteToASCII(s)...) }

// AppendQuoteToGraphic appends a double-quoted Go string literal representing s, as generated by QuoteToGraphic, to dst and returns the extended buffer.
func AppendQuoteToGraphic(dst []byte, s string) []byte { return append(dst, QuoteToGraphic(s)...) }

// AppendQuoteRune appends a single-quoted Go character literal representing the rune, as generated by QuoteRune, to dst and returns the extended buffer.
func AppendQuoteRune(dst []byte, r rune) []byte { return append(dst, QuoteRune(r)...) }

// AppendQuoteRuneToASCII appends a single-quoted Go character literal representing the rune, as generated by QuoteRuneToASCII, to dst and returns the extended buffer.
func AppendQuoteRuneToASCII(dst []byte, r rune) []byte { return append(dst, QuoteRuneToASCII(r)...) }

// AppendQuoteRuneToGraphic appends a single-quoted Go character literal representing the rune, as generated by QuoteRuneToGraphic, to dst and returns the extended buffer.
func AppendQuoteRuneToGraphic(dst []byte, r rune) []byte {
	return append(dst, QuoteRuneToGraphic(r)...)
}

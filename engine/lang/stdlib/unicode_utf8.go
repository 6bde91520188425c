// Package unicode/utf8 as Go 1.22 declares it.
//
// All Go. Decoding leans on the language itself: ranging over a string
// decodes UTF-8 exactly as DecodeRuneInString must (an invalid byte is
// RuneError of width 1), and string(r) encodes as EncodeRune must.
package utf8

// Numbers fundamental to the encoding.
const (
	RuneError = '\uFFFD'     // the "error" Rune or "Unicode replacement character"
	RuneSelf  = 0x80         // characters below RuneSelf are represented as themselves in a single byte.
	MaxRune   = '\U0010FFFF' // Maximum valid Unicode code point.
	UTFMax    = 4            // maximum number of bytes of a UTF-8 encoded Unicode character.
)

// Surrogates are not valid in UTF-8.
const (
	surrogateMin = 0xD800
	surrogateMax = 0xDFFF
)

// encodedError is RuneError's own encoding, which decodes with width 3 where an invalid byte decodes with width 1.
const encodedError = "\uFFFD"

// DecodeRuneInString unpacks the first UTF-8 encoding in s and returns the
// rune and its width in bytes: (RuneError, 0) if s is empty, (RuneError, 1)
// if the encoding is invalid.
func DecodeRuneInString(s string) (r rune, size int) {
	for _, r := range s {
		if r == RuneError {
			if len(s) >= 3 && s[:3] == encodedError {
				return r, 3
			}
			return r, 1
		}
		return r, RuneLen(r)
	}
	return RuneError, 0
}

// DecodeRune is DecodeRuneInString for a byte slice.
func DecodeRune(p []byte) (r rune, size int) {
	if len(p) > UTFMax {
		p = p[:UTFMax]
	}
	return DecodeRuneInString(string(p))
}

// DecodeLastRuneInString unpacks the last UTF-8 encoding in s and returns
// the rune and its width in bytes, with DecodeRuneInString's errors.
func DecodeLastRuneInString(s string) (r rune, size int) {
	end := len(s)
	if end == 0 {
		return RuneError, 0
	}
	start := end - 1
	if s[start] < RuneSelf {
		return rune(s[start]), 1
	}
	// Back up over continuation bytes, at most to the longest encoding.
	lim := end - UTFMax
	if lim < 0 {
		lim = 0
	}
	for start--; start >= lim; start-- {
		if RuneStart(s[start]) {
			break
		}
	}
	if start < 0 {
		start = 0
	}
	r, size = DecodeRuneInString(s[start:end])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

// DecodeLastRune is DecodeLastRuneInString for a byte slice.
func DecodeLastRune(p []byte) (r rune, size int) {
	if len(p) > UTFMax {
		p = p[len(p)-UTFMax:]
	}
	return DecodeLastRuneInString(string(p))
}

// FullRuneInString reports whether s begins with a full UTF-8 encoding of a
// rune; an invalid encoding counts as full, as it decodes to a width-1 error.
func FullRuneInString(s string) bool {
	n := len(s)
	if n == 0 {
		return false
	}
	c := s[0]
	var need int
	switch {
	case c < 0xC2 || c > 0xF4:
		return true // ASCII, a continuation byte, or never valid: width 1
	case c < 0xE0:
		need = 2
	case c < 0xF0:
		need = 3
	default:
		need = 4
	}
	if n >= need {
		return true
	}
	// Short: full only if the bytes present are already invalid.
	lo, hi := secondByteRange(c)
	if n > 1 && (s[1] < lo || s[1] > hi) {
		return true
	}
	if n > 2 && (s[2] < 0x80 || s[2] > 0xBF) {
		return true
	}
	return false
}

// secondByteRange is the range the byte after a leading byte c must lie in:
// narrower after E0, ED, F0 and F4, which exclude overlong encodings,
// surrogates and runes above MaxRune.
func secondByteRange(c byte) (lo, hi byte) {
	switch c {
	case 0xE0:
		return 0xA0, 0xBF
	case 0xED:
		return 0x80, 0x9F
	case 0xF0:
		return 0x90, 0xBF
	case 0xF4:
		return 0x80, 0x8F
	}
	return 0x80, 0xBF
}

// FullRune is FullRuneInString for a byte slice.
func FullRune(p []byte) bool {
	if len(p) > UTFMax {
		p = p[:UTFMax]
	}
	return FullRuneInString(string(p))
}

// RuneLen returns the number of bytes needed to encode r, or -1 if r is not a valid rune.
func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case surrogateMin <= r && r <= surrogateMax:
		return -1
	case r <= 0xFFFF:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

// EncodeRune writes into p (which must be large enough) the UTF-8 encoding
// of the rune (RuneError's if r is invalid) and returns the number of bytes written.
func EncodeRune(p []byte, r rune) int {
	if !ValidRune(r) {
		r = RuneError
	}
	switch n := RuneLen(r); n {
	case 1:
		p[0] = byte(r)
		return 1
	case 2:
		_ = p[1] // panic before writing, as Go's does
		p[0] = 0xC0 | byte(r>>6)
		p[1] = 0x80 | byte(r)&0x3F
		return 2
	case 3:
		_ = p[2]
		p[0] = 0xE0 | byte(r>>12)
		p[1] = 0x80 | byte(r>>6)&0x3F
		p[2] = 0x80 | byte(r)&0x3F
		return 3
	default:
		_ = p[3]
		p[0] = 0xF0 | byte(r>>18)
		p[1] = 0x80 | byte(r>>12)&0x3F
		p[2] = 0x80 | byte(r>>6)&0x3F
		p[3] = 0x80 | byte(r)&0x3F
		return 4
	}
}

// AppendRune appends the UTF-8 encoding of r (RuneError's if invalid) to the end of p and returns the extended buffer.
func AppendRune(p []byte, r rune) []byte {
	return append(p, string(r)...)
}

// RuneCountInString is like RuneCount but its input is a string.
func RuneCountInString(s string) (n int) {
	for range s {
		n++
	}
	return n
}

// RuneCount returns the number of runes in p; invalid and short encodings count as one rune of width 1.
func RuneCount(p []byte) int {
	return RuneCountInString(string(p))
}

// RuneStart reports whether the byte could be the first byte of an encoded, possibly invalid rune.
func RuneStart(b byte) bool { return b&0xC0 != 0x80 }

// ValidString reports whether s consists entirely of valid UTF-8-encoded runes.
func ValidString(s string) bool {
	for i, r := range s {
		if r == RuneError && (len(s)-i < 3 || s[i:i+3] != encodedError) {
			return false
		}
	}
	return true
}

// Valid reports whether p consists entirely of valid UTF-8-encoded runes.
func Valid(p []byte) bool {
	return ValidString(string(p))
}

// ValidRune reports whether r can be legally encoded as UTF-8.
func ValidRune(r rune) bool {
	switch {
	case 0 <= r && r < surrogateMin:
		return true
	case surrogateMax < r && r <= MaxRune:
		return true
	}
	return false
}

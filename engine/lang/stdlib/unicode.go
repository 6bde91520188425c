// Package unicode as Go 1.22 declares it (Unicode 15.0.0), less the
// case-mapping tables (CaseRanges, SpecialCase, TurkishCase), the
// Categories/Scripts/Properties maps and most scripts.
//
// Native: the Is* predicates, To*, SimpleFold, and table, which builds a
// RangeTable value from the interpreter's Unicode tables. Go here: Is, In,
// IsOneOf (binary search over a RangeTable) and the table variables.
package unicode

// Unicode limits.
const (
	MaxRune         = '\U0010FFFF' // Maximum valid Unicode code point.
	ReplacementChar = '\uFFFD'     // Represents invalid code points.
	MaxASCII        = '\u007F'     // maximum ASCII value.
	MaxLatin1       = '\u00FF'     // maximum Latin-1 value.
)

// Version is the Unicode edition from which the tables are derived.
const Version = "15.0.0"

// Indices into the Delta arrays inside CaseRanges for case mapping.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// UpperLower marks a CaseRange of alternating upper and lower case letters.
const (
	UpperLower = MaxRune + 1 // (Cannot be a valid delta.)
)

// RangeTable defines a set of Unicode code points by listing the ranges of code points within the set.
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int // number of entries in R16 with Hi <= MaxLatin1
}

// Range16 represents a range of 16-bit Unicode code points: Lo to Hi inclusive, with the specified stride.
type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

// Range32 represents a range of Unicode code points: Lo to Hi inclusive, with the specified stride.
type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

// table returns the RangeTable of a category, script or property, by its Go name ("Lu", "Han", "White_Space") (native).
func table(name string) *RangeTable

// The category tables; aliases share one table, as in Go.
var (
	C      = table("C")
	Other  = C // Other/C is the set of Unicode control and special characters, category C.
	Cc     = table("Cc")
	Cf     = table("Cf")
	Co     = table("Co")
	Cs     = table("Cs")
	L      = table("L")
	Letter = L // Letter/L is the set of Unicode letters, category L.
	Ll     = table("Ll")
	Lower  = Ll // Lower is the set of Unicode lower case letters.
	Lm     = table("Lm")
	Lo     = table("Lo")
	Lt     = table("Lt")
	Title  = Lt // Title is the set of Unicode title case letters.
	Lu     = table("Lu")
	Upper  = Lu // Upper is the set of Unicode upper case letters.
	M      = table("M")
	Mark   = M // Mark/M is the set of Unicode mark characters, category M.
	Mc     = table("Mc")
	Me     = table("Me")
	Mn     = table("Mn")
	N      = table("N")
	Number = N // Number/N is the set of Unicode number characters, category N.
	Nd     = table("Nd")
	Digit  = Nd // Digit is the set of Unicode characters with the "decimal digit" property.
	Nl     = table("Nl")
	No     = table("No")
	P      = table("P")
	Punct  = P // Punct/P is the set of Unicode punctuation characters, category P.
	Pc     = table("Pc")
	Pd     = table("Pd")
	Pe     = table("Pe")
	Pf     = table("Pf")
	Pi     = table("Pi")
	Po     = table("Po")
	Ps     = table("Ps")
	S      = table("S")
	Symbol = S // Symbol/S is the set of Unicode symbol characters, category S.
	Sc     = table("Sc")
	Sk     = table("Sk")
	Sm     = table("Sm")
	So     = table("So")
	Z      = table("Z")
	Space  = Z // Space/Z is the set of Unicode space characters, category Z.
	Zl     = table("Zl")
	Zp     = table("Zp")
	Zs     = table("Zs")
)

// A few script and property tables.
var (
	Arabic          = table("Arabic")
	Common          = table("Common")
	Cyrillic        = table("Cyrillic")
	Greek           = table("Greek")
	Han             = table("Han")
	Hangul          = table("Hangul")
	Hebrew          = table("Hebrew")
	Hiragana        = table("Hiragana")
	Katakana        = table("Katakana")
	Latin           = table("Latin")
	ASCII_Hex_Digit = table("ASCII_Hex_Digit")
	Hex_Digit       = table("Hex_Digit")
	White_Space     = table("White_Space")
)

// GraphicRanges defines the set of graphic characters according to Unicode.
var GraphicRanges = []*RangeTable{
	L, M, N, P, S, Zs,
}

// PrintRanges defines the set of printable characters according to Go.
var PrintRanges = []*RangeTable{
	L, M, N, P, S,
}

// Is reports whether the rune is in the specified table of ranges.
func Is(rangeTab *RangeTable, r rune) bool {
	if r < 0 {
		return false
	}
	if r <= 0xFFFF && in16(rangeTab.R16, uint16(r)) {
		return true
	}
	return in32(rangeTab.R32, uint32(r))
}

// in16 reports whether c lies in one of ranges, sorted by Lo (binary search).
func in16(ranges []Range16, c uint16) bool {
	lo, hi := 0, len(ranges)
	for lo < hi {
		m := lo + (hi-lo)/2
		rg := ranges[m]
		if c < rg.Lo {
			hi = m
		} else if c > rg.Hi {
			lo = m + 1
		} else {
			return rg.Stride == 1 || (c-rg.Lo)%rg.Stride == 0
		}
	}
	return false
}

// in32 is in16 for the ranges above U+FFFF.
func in32(ranges []Range32, c uint32) bool {
	lo, hi := 0, len(ranges)
	for lo < hi {
		m := lo + (hi-lo)/2
		rg := ranges[m]
		if c < rg.Lo {
			hi = m
		} else if c > rg.Hi {
			lo = m + 1
		} else {
			return rg.Stride == 1 || (c-rg.Lo)%rg.Stride == 0
		}
	}
	return false
}

// In reports whether the rune is a member of one of the ranges.
func In(r rune, ranges ...*RangeTable) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

// IsOneOf reports whether the rune is a member of one of the ranges; In is preferred.
func IsOneOf(ranges []*RangeTable, r rune) bool {
	return In(r, ranges...)
}

// IsControl reports whether the rune is a control character (native).
func IsControl(r rune) bool

// IsDigit reports whether the rune is a decimal digit (native).
func IsDigit(r rune) bool

// IsGraphic reports whether the rune is defined as a Graphic by Unicode (native).
func IsGraphic(r rune) bool

// IsLetter reports whether the rune is a letter (category L) (native).
func IsLetter(r rune) bool

// IsLower reports whether the rune is a lower case letter (native).
func IsLower(r rune) bool

// IsMark reports whether the rune is a mark character (category M) (native).
func IsMark(r rune) bool

// IsNumber reports whether the rune is a number (category N) (native).
func IsNumber(r rune) bool

// IsPrint reports whether the rune is defined as printable by Go (native).
func IsPrint(r rune) bool

// IsPunct reports whether the rune is a Unicode punctuation character (category P) (native).
func IsPunct(r rune) bool

// IsSpace reports whether the rune is a space character as defined by Unicode's White Space property (native).
func IsSpace(r rune) bool

// IsSymbol reports whether the rune is a symbolic character (native).
func IsSymbol(r rune) bool

// IsTitle reports whether the rune is a title case letter (native).
func IsTitle(r rune) bool

// IsUpper reports whether the rune is an upper case letter (native).
func IsUpper(r rune) bool

// To maps the rune to the specified case: UpperCase, LowerCase, or TitleCase (native).
func To(_case int, r rune) rune

// ToLower maps the rune to lower case (native).
func ToLower(r rune) rune

// ToTitle maps the rune to title case (native).
func ToTitle(r rune) rune

// ToUpper maps the rune to upper case (native).
func ToUpper(r rune) rune

// SimpleFold iterates over Unicode code points equivalent under the Unicode-defined simple case folding (native).
func SimpleFold(r rune) rune

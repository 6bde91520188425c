// Package strings as Go 1.22 declares it, less the *Special case
// mappings: the search, split, trim, case and replace functions, Builder,
// Reader and Replacer.
//
// Native: Builder's methods (the hot path of string building), Index,
// IndexByte and LastIndex (the searches the rest is built on). Go here:
// everything else, including Reader and Replacer.
//
// Replacer runs Go's generic algorithm for every argument list (Go picks
// specialised ones for byte or single-string replacements, which give the
// same results).
package strings

import (
	"errors"
	"io"
	"unicode"
	"unicode/utf8"
)

// maxInt is the largest int.
const maxInt = int(^uint(0) >> 1)

// A Builder is used to efficiently build a string using Write methods; the
// zero value is ready to use. Its fields are Go's: addr detects a Builder
// copied after use (copyCheck), buf holds the bytes.
type Builder struct {
	addr *Builder
	buf  []byte
}

// String returns the accumulated string (native).
func (b *Builder) String() string

// Len returns the number of accumulated bytes (native).
func (b *Builder) Len() int

// Cap returns the capacity of the builder's underlying byte slice (native).
func (b *Builder) Cap() int

// Reset resets the Builder to be empty (native).
func (b *Builder) Reset()

// Grow grows b's capacity to guarantee space for another n bytes; it panics if n is negative (native).
func (b *Builder) Grow(n int)

// Write appends the contents of p to b's buffer; it always returns len(p), nil (native).
func (b *Builder) Write(p []byte) (int, error)

// WriteByte appends the byte c to b's buffer; it always returns nil (native).
func (b *Builder) WriteByte(c byte) error

// WriteRune appends the UTF-8 encoding of r to b's buffer (native).
func (b *Builder) WriteRune(r rune) (int, error)

// WriteString appends the contents of s to b's buffer (native).
func (b *Builder) WriteString(s string) (int, error)

// Index returns the index of the first instance of substr in s, or -1 (native).
func Index(s, substr string) int

// IndexByte returns the index of the first instance of c in s, or -1 (native).
func IndexByte(s string, c byte) int

// LastIndex returns the index of the last instance of substr in s, or -1 (native).
func LastIndex(s, substr string) int

// Clone returns a fresh copy of s.
func Clone(s string) string {
	if len(s) == 0 {
		return ""
	}
	return string([]byte(s))
}

// Compare returns an integer comparing two strings lexicographically: 0 if a == b, -1 if a < b, +1 if a > b.
func Compare(a, b string) int {
	if a == b {
		return 0
	}
	if a < b {
		return -1
	}
	return +1
}

// Contains reports whether substr is within s.
func Contains(s, substr string) bool {
	return Index(s, substr) >= 0
}

// ContainsAny reports whether any Unicode code points in chars are within s.
func ContainsAny(s, chars string) bool {
	return IndexAny(s, chars) >= 0
}

// ContainsRune reports whether the Unicode code point r is within s.
func ContainsRune(s string, r rune) bool {
	return IndexRune(s, r) >= 0
}

// ContainsFunc reports whether any Unicode code points r within s satisfy f(r).
func ContainsFunc(s string, f func(rune) bool) bool {
	return IndexFunc(s, f) >= 0
}

// Count counts the number of non-overlapping instances of substr in s; if
// substr is empty, it returns 1 + the number of Unicode code points in s.
func Count(s, substr string) int {
	if len(substr) == 0 {
		return utf8.RuneCountInString(s) + 1
	}
	n := 0
	for {
		i := Index(s, substr)
		if i < 0 {
			return n
		}
		n++
		s = s[i+len(substr):]
	}
}

// Cut slices s around the first instance of sep, returning the text before and after sep.
func Cut(s, sep string) (before, after string, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}

// CutPrefix returns s without the provided leading prefix string and reports whether it found the prefix.
func CutPrefix(s, prefix string) (after string, found bool) {
	if !HasPrefix(s, prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

// CutSuffix returns s without the provided ending suffix string and reports whether it found the suffix.
func CutSuffix(s, suffix string) (before string, found bool) {
	if !HasSuffix(s, suffix) {
		return s, false
	}
	return s[:len(s)-len(suffix)], true
}

// EqualFold reports whether s and t, interpreted as UTF-8 strings, are
// equal under simple Unicode case-folding.
func EqualFold(s, t string) bool {
	for s != "" && t != "" {
		sr, sn := utf8.DecodeRuneInString(s)
		tr, tn := utf8.DecodeRuneInString(t)
		s, t = s[sn:], t[tn:]
		if sr == tr {
			continue
		}
		if tr < sr {
			sr, tr = tr, sr
		}
		if tr < utf8.RuneSelf {
			// ASCII: only the letters fold, by one fixed distance.
			if 'A' <= sr && sr <= 'Z' && tr == sr+'a'-'A' {
				continue
			}
			return false
		}
		// Walk sr's fold orbit (it cycles upward, then wraps) up to tr.
		r := unicode.SimpleFold(sr)
		for r != sr && r < tr {
			r = unicode.SimpleFold(r)
		}
		if r == tr {
			continue
		}
		return false
	}
	return s == t
}

// isSpace is unicode.IsSpace with the ASCII cases inline.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || '\t' <= r && r <= '\r'
	}
	return unicode.IsSpace(r)
}

// Fields splits s around each run of white space (unicode.IsSpace); it returns an empty slice if s holds only white space.
func Fields(s string) []string {
	return FieldsFunc(s, isSpace)
}

// FieldsFunc splits s at each run of Unicode code points c satisfying f(c).
func FieldsFunc(s string, f func(rune) bool) []string {
	fields := make([]string, 0)
	start := -1 // start of the current field, -1 between fields
	for i, r := range s {
		if f(r) {
			if start >= 0 {
				fields = append(fields, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		fields = append(fields, s[start:])
	}
	return fields
}

// HasPrefix reports whether the string s begins with prefix.
func HasPrefix(s, prefix string) bool {
	return len(s) >= len(prefix) && s[:len(prefix)] == prefix
}

// HasSuffix reports whether the string s ends with suffix.
func HasSuffix(s, suffix string) bool {
	return len(s) >= len(suffix) && s[len(s)-len(suffix):] == suffix
}

// IndexAny returns the index of the first instance of any Unicode code point from chars in s, or -1.
func IndexAny(s, chars string) int {
	if chars == "" {
		return -1
	}
	for i, c := range s {
		for _, m := range chars {
			if c == m {
				return i
			}
		}
	}
	return -1
}

// IndexFunc returns the index into s of the first Unicode code point satisfying f(c), or -1.
func IndexFunc(s string, f func(rune) bool) int {
	return indexFunc(s, f, true)
}

// indexFunc is IndexFunc, or its negation when truth is false.
func indexFunc(s string, f func(rune) bool, truth bool) int {
	for i, r := range s {
		if f(r) == truth {
			return i
		}
	}
	return -1
}

// IndexRune returns the index of the first instance of the Unicode code
// point r in s, or -1; for utf8.RuneError it finds the first invalid
// UTF-8 sequence (or an encoded U+FFFD).
func IndexRune(s string, r rune) int {
	switch {
	case 0 <= r && r < utf8.RuneSelf:
		return IndexByte(s, byte(r))
	case r == utf8.RuneError:
		for i, c := range s {
			if c == utf8.RuneError {
				return i
			}
		}
		return -1
	case !utf8.ValidRune(r):
		return -1
	default:
		return Index(s, string(r))
	}
}

// Join concatenates the elements of its first argument, with sep between them.
func Join(elems []string, sep string) string {
	switch len(elems) {
	case 0:
		return ""
	case 1:
		return elems[0]
	}
	n := len(sep) * (len(elems) - 1)
	for _, e := range elems {
		n += len(e)
	}
	var b Builder
	b.Grow(n)
	b.WriteString(elems[0])
	for _, e := range elems[1:] {
		b.WriteString(sep)
		b.WriteString(e)
	}
	return b.String()
}

// LastIndexAny returns the index of the last instance of any Unicode code point from chars in s, or -1.
func LastIndexAny(s, chars string) int {
	if chars == "" {
		return -1
	}
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		for _, c := range chars {
			if r == c {
				return i
			}
		}
	}
	return -1
}

// LastIndexByte returns the index of the last instance of c in s, or -1.
func LastIndexByte(s string, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// LastIndexFunc returns the index into s of the last Unicode code point satisfying f(c), or -1.
func LastIndexFunc(s string, f func(rune) bool) int {
	return lastIndexFunc(s, f, true)
}

// lastIndexFunc is LastIndexFunc, or its negation when truth is false.
func lastIndexFunc(s string, f func(rune) bool, truth bool) int {
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		if f(r) == truth {
			return i
		}
	}
	return -1
}

// Map returns a copy of s with every character modified by mapping; a
// negative result drops the character. Invalid UTF-8 bytes are mapped as
// utf8.RuneError, so they come out encoded as U+FFFD, as in Go.
func Map(mapping func(rune) rune, s string) string {
	var b []byte
	for _, c := range s {
		if r := mapping(c); r >= 0 {
			b = utf8.AppendRune(b, r)
		}
	}
	return string(b)
}

// Repeat returns a new string consisting of count copies of s; it panics
// if count is negative or the result's length overflows.
func Repeat(s string, count int) string {
	switch count {
	case 0:
		return ""
	case 1:
		return s
	}
	if count < 0 {
		panic("strings: negative Repeat count")
	}
	if len(s) >= maxInt/count {
		panic("strings: Repeat output length overflow")
	}
	n := len(s) * count
	if n == 0 {
		return ""
	}
	// Double what is built until it is long enough: O(log count) copies.
	b := make([]byte, 0, n)
	b = append(b, s...)
	for len(b) < n {
		chunk := len(b)
		if chunk > n-len(b) {
			chunk = n - len(b)
		}
		b = append(b, b[:chunk]...)
	}
	return string(b)
}

// Replace returns a copy of s with the first n non-overlapping instances
// of old replaced by new (all of them if n < 0). An empty old matches at
// the beginning of the string and after each UTF-8 sequence.
func Replace(s, old, new string, n int) string {
	if old == new || n == 0 {
		return s
	}
	if m := Count(s, old); m == 0 {
		return s
	} else if n < 0 || m < n {
		n = m
	}
	var b Builder
	b.Grow(len(s) + n*(len(new)-len(old)))
	start := 0
	for i := 0; i < n; i++ {
		j := start
		if len(old) == 0 {
			if i > 0 {
				_, wid := utf8.DecodeRuneInString(s[start:])
				j += wid
			}
		} else {
			j += Index(s[start:], old)
		}
		b.WriteString(s[start:j])
		b.WriteString(new)
		start = j + len(old)
	}
	b.WriteString(s[start:])
	return b.String()
}

// ReplaceAll returns a copy of s with all non-overlapping instances of old replaced by new.
func ReplaceAll(s, old, new string) string {
	return Replace(s, old, new, -1)
}

// explode splits s into its UTF-8 sequences, at most n (n < 0: all);
// invalid bytes become "\uFFFD", as Go 1.22's does.
func explode(s string, n int) []string {
	l := utf8.RuneCountInString(s)
	if n < 0 || n > l {
		n = l
	}
	a := make([]string, n)
	for i := 0; i < n-1; i++ {
		r, size := utf8.DecodeRuneInString(s)
		a[i] = s[:size]
		if r == utf8.RuneError {
			a[i] = string(utf8.RuneError)
		}
		s = s[size:]
	}
	if n > 0 {
		a[n-1] = s
	}
	return a
}

// genSplit splits s after each instance of sep, keeping sepSave bytes of sep in each piece, into at most n pieces.
func genSplit(s, sep string, sepSave, n int) []string {
	if n == 0 {
		return nil
	}
	if sep == "" {
		return explode(s, n)
	}
	if n < 0 {
		n = Count(s, sep) + 1
	}
	if n > len(s)+1 {
		n = len(s) + 1
	}
	a := make([]string, n)
	n--
	i := 0
	for i < n {
		m := Index(s, sep)
		if m < 0 {
			break
		}
		a[i] = s[:m+sepSave]
		s = s[m+len(sep):]
		i++
	}
	a[i] = s
	return a[:i+1]
}

// Split slices s into all substrings separated by sep.
func Split(s, sep string) []string { return genSplit(s, sep, 0, -1) }

// SplitAfter slices s into all substrings after each instance of sep.
func SplitAfter(s, sep string) []string { return genSplit(s, sep, len(sep), -1) }

// SplitN slices s into at most n substrings separated by sep (n < 0: all; n == 0: nil).
func SplitN(s, sep string, n int) []string { return genSplit(s, sep, 0, n) }

// SplitAfterN slices s into at most n substrings after each instance of sep.
func SplitAfterN(s, sep string, n int) []string { return genSplit(s, sep, len(sep), n) }

// ToLower returns s with all Unicode letters mapped to their lower case.
func ToLower(s string) string {
	if !hasNonASCII(s) {
		b := []byte(s)
		for i, c := range b {
			if 'A' <= c && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
		}
		return string(b)
	}
	return Map(unicode.ToLower, s)
}

// ToUpper returns s with all Unicode letters mapped to their upper case.
func ToUpper(s string) string {
	if !hasNonASCII(s) {
		b := []byte(s)
		for i, c := range b {
			if 'a' <= c && c <= 'z' {
				b[i] = c - ('a' - 'A')
			}
		}
		return string(b)
	}
	return Map(unicode.ToUpper, s)
}

// ToTitle returns s with all Unicode letters mapped to their Unicode title case.
func ToTitle(s string) string {
	return Map(unicode.ToTitle, s)
}

// Title returns s with the first letter of each word mapped to its title
// case (deprecated in Go, which keeps it; so does this).
func Title(s string) string {
	prev := ' ' // the rune before the current one; a space starts a word
	return Map(func(r rune) rune {
		startsWord := isSeparator(prev)
		prev = r
		if startsWord {
			return unicode.ToTitle(r)
		}
		return r
	}, s)
}

// isSeparator reports whether r ends a word for Title: ASCII other than
// letters, digits and '_'; beyond ASCII, white space only (letters and
// digits continue a word, and so, as in Go, does other punctuation).
func isSeparator(r rune) bool {
	if r < utf8.RuneSelf {
		isWord := '0' <= r && r <= '9' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || r == '_'
		return !isWord
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return false
	}
	return unicode.IsSpace(r)
}

// hasNonASCII reports whether s has a byte >= utf8.RuneSelf.
func hasNonASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// ToValidUTF8 returns s with each run of invalid UTF-8 byte sequences replaced by replacement.
func ToValidUTF8(s, replacement string) string {
	var b []byte
	invalid := false // the previous byte was part of an invalid sequence
	for i := 0; i < len(s); {
		_, wid := utf8.DecodeRuneInString(s[i:])
		if wid == 1 && s[i] >= utf8.RuneSelf {
			if !invalid {
				b = append(b, replacement...)
				invalid = true
			}
			i++
			continue
		}
		invalid = false
		b = append(b, s[i:i+wid]...)
		i += wid
	}
	return string(b)
}

// Trim returns s with all leading and trailing Unicode code points contained in cutset removed.
func Trim(s, cutset string) string {
	if s == "" || cutset == "" {
		return s
	}
	return TrimRight(TrimLeft(s, cutset), cutset)
}

// TrimLeft returns s with all leading Unicode code points contained in cutset removed.
func TrimLeft(s, cutset string) string {
	if s == "" || cutset == "" {
		return s
	}
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		if !ContainsRune(cutset, r) {
			break
		}
		s = s[size:]
	}
	return s
}

// TrimRight returns s with all trailing Unicode code points contained in cutset removed.
func TrimRight(s, cutset string) string {
	if s == "" || cutset == "" {
		return s
	}
	for len(s) > 0 {
		r, size := utf8.DecodeLastRuneInString(s)
		if !ContainsRune(cutset, r) {
			break
		}
		s = s[:len(s)-size]
	}
	return s
}

// TrimFunc returns s with all leading and trailing Unicode code points c satisfying f(c) removed.
func TrimFunc(s string, f func(rune) bool) string {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// TrimLeftFunc returns s with all leading Unicode code points c satisfying f(c) removed.
func TrimLeftFunc(s string, f func(rune) bool) string {
	i := indexFunc(s, f, false)
	if i < 0 {
		return ""
	}
	return s[i:]
}

// TrimRightFunc returns s with all trailing Unicode code points c satisfying f(c) removed.
func TrimRightFunc(s string, f func(rune) bool) string {
	i := lastIndexFunc(s, f, false)
	if i >= 0 && s[i] >= utf8.RuneSelf {
		_, wid := utf8.DecodeRuneInString(s[i:])
		i += wid
	} else {
		i++
	}
	return s[:i]
}

// TrimSpace returns s with all leading and trailing white space removed, as defined by Unicode.
func TrimSpace(s string) string {
	return TrimFunc(s, isSpace)
}

// TrimPrefix returns s without the provided leading prefix string.
func TrimPrefix(s, prefix string) string {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

// TrimSuffix returns s without the provided trailing suffix string.
func TrimSuffix(s, suffix string) string {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

// A Reader implements the io.Reader, io.ReaderAt, io.ByteReader,
// io.ByteScanner, io.RuneReader, io.RuneScanner, io.Seeker and io.WriterTo
// interfaces by reading from a string. Its fields are Go's.
type Reader struct {
	s        string
	i        int64 // current reading index
	prevRune int   // index of previous rune; or < 0
}

// NewReader returns a new Reader reading from s.
func NewReader(s string) *Reader { return &Reader{s, 0, -1} }

// Len returns the number of bytes of the unread portion of the string.
func (r *Reader) Len() int {
	if r.i >= int64(len(r.s)) {
		return 0
	}
	return int(int64(len(r.s)) - r.i)
}

// Size returns the original length of the underlying string.
func (r *Reader) Size() int64 { return int64(len(r.s)) }

// Read implements the io.Reader interface.
func (r *Reader) Read(b []byte) (n int, err error) {
	if r.i >= int64(len(r.s)) {
		return 0, io.EOF
	}
	r.prevRune = -1
	n = copy(b, r.s[r.i:])
	r.i += int64(n)
	return
}

// ReadAt implements the io.ReaderAt interface.
func (r *Reader) ReadAt(b []byte, off int64) (n int, err error) {
	if off < 0 {
		return 0, errors.New("strings.Reader.ReadAt: negative offset")
	}
	if off >= int64(len(r.s)) {
		return 0, io.EOF
	}
	n = copy(b, r.s[off:])
	if n < len(b) {
		err = io.EOF
	}
	return
}

// ReadByte implements the io.ByteReader interface.
func (r *Reader) ReadByte() (byte, error) {
	r.prevRune = -1
	if r.i >= int64(len(r.s)) {
		return 0, io.EOF
	}
	b := r.s[r.i]
	r.i++
	return b, nil
}

// UnreadByte implements the io.ByteScanner interface.
func (r *Reader) UnreadByte() error {
	if r.i <= 0 {
		return errors.New("strings.Reader.UnreadByte: at beginning of string")
	}
	r.prevRune = -1
	r.i--
	return nil
}

// ReadRune implements the io.RuneReader interface.
func (r *Reader) ReadRune() (ch rune, size int, err error) {
	if r.i >= int64(len(r.s)) {
		r.prevRune = -1
		return 0, 0, io.EOF
	}
	r.prevRune = int(r.i)
	if c := r.s[r.i]; c < utf8.RuneSelf {
		r.i++
		return rune(c), 1, nil
	}
	ch, size = utf8.DecodeRuneInString(r.s[r.i:])
	r.i += int64(size)
	return
}

// UnreadRune implements the io.RuneScanner interface.
func (r *Reader) UnreadRune() error {
	if r.i <= 0 {
		return errors.New("strings.Reader.UnreadRune: at beginning of string")
	}
	if r.prevRune < 0 {
		return errors.New("strings.Reader.UnreadRune: previous operation was not ReadRune")
	}
	r.i = int64(r.prevRune)
	r.prevRune = -1
	return nil
}

// Seek implements the io.Seeker interface.
func (r *Reader) Seek(offset int64, whence int) (int64, error) {
	r.prevRune = -1
	var abs int64
	switch whence {
	case io.SeekStart:
		abs = offset
	case io.SeekCurrent:
		abs = r.i + offset
	case io.SeekEnd:
		abs = int64(len(r.s)) + offset
	default:
		return 0, errors.New("strings.Reader.Seek: invalid whence")
	}
	if abs < 0 {
		return 0, errors.New("strings.Reader.Seek: negative position")
	}
	r.i = abs
	return abs, nil
}

// WriteTo implements the io.WriterTo interface.
func (r *Reader) WriteTo(w io.Writer) (n int64, err error) {
	r.prevRune = -1
	if r.i >= int64(len(r.s)) {
		return 0, nil
	}
	s := r.s[r.i:]
	m, err := io.WriteString(w, s)
	if m > len(s) {
		panic("strings.Reader.WriteTo: invalid WriteString count")
	}
	r.i += int64(m)
	n = int64(m)
	if m != len(s) && err == nil {
		err = io.ErrShortWrite
	}
	return
}

// Reset resets the Reader to be reading from s.
func (r *Reader) Reset(s string) { *r = Reader{s, 0, -1} }

// Replacer replaces a list of strings with replacements; it is safe for
// concurrent use by multiple goroutines.
type Replacer struct {
	oldnew []string
}

// NewReplacer returns a new Replacer from a list of old, new string pairs;
// replacements are performed in the order they appear in the target
// string, without overlapping matches, earlier pairs winning ties.
func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	return &Replacer{append([]string(nil), oldnew...)}
}

// Replace returns a copy of s with all replacements performed.
func (r *Replacer) Replace(s string) string {
	var b Builder
	r.WriteString(&b, s)
	return b.String()
}

// WriteString writes s to w with all replacements performed.
func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error) {
	var out []byte
	last := 0
	prevMatchEmpty := false
	for i := 0; i <= len(s); {
		// An empty old matches once per position: after it matched here,
		// only a non-empty old may match at the same position.
		val, keylen, match := r.lookup(s[i:], prevMatchEmpty)
		prevMatchEmpty = match && keylen == 0
		if match {
			out = append(out, s[last:i]...)
			out = append(out, val...)
			i += keylen
			last = i
			continue
		}
		i++
	}
	out = append(out, s[last:]...)
	return io.WriteString(w, string(out))
}

// lookup finds the first pair (in argument order) whose old is a prefix of s.
func (r *Replacer) lookup(s string, ignoreEmpty bool) (val string, keylen int, found bool) {
	for k := 0; k < len(r.oldnew); k += 2 {
		old := r.oldnew[k]
		if old == "" && ignoreEmpty {
			continue
		}
		if HasPrefix(s, old) {
			return r.oldnew[k+1], len(old), true
		}
	}
	return "", 0, false
}

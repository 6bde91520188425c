// The strings package: Builder, searching, splitting, joining, trimming,
// case mapping, replacing, Fields, Repeat, Map, Cut, EqualFold, Reader.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&sb, "%d-", i)
	}
	sb.WriteString("end")
	sb.WriteByte('!')
	sb.WriteRune('é')
	fmt.Println(sb.String(), sb.Len())
	sb.Reset()
	fmt.Printf("%q %d\n", sb.String(), sb.Len())

	s := "The quick brown fox jumps over the lazy dog"
	fmt.Println(strings.Contains(s, "fox"), strings.Contains(s, "cat"), strings.ContainsRune(s, 'q'), strings.ContainsAny(s, "xyz"))
	fmt.Println(strings.Index(s, "o"), strings.LastIndex(s, "o"), strings.Index(s, "cat"), strings.IndexByte(s, 'q'), strings.IndexRune("chicken", 'k'))
	fmt.Println(strings.IndexAny("golang", "ny"), strings.IndexFunc("Hello, 世界", unicode.IsUpper), strings.IndexFunc("hello", unicode.IsUpper))
	fmt.Println(strings.HasPrefix(s, "The"), strings.HasSuffix(s, "dog"), strings.Count(s, "the"), strings.Count("five", ""))

	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%q\n", strings.Fields("  foo bar\tbaz\n  "))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b2c3", unicode.IsDigit))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, ", "), strings.Join(nil, "-") == "")

	fmt.Printf("%q %q %q\n", strings.TrimSpace("  \t hi there \n"), strings.Trim("xxhixx", "x"), strings.TrimLeft("aabcaa", "a"))
	fmt.Printf("%q %q %q\n", strings.TrimRight("aabcaa", "a"), strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("file.go", ".go"))
	fmt.Printf("%q\n", strings.TrimFunc("123abc456", unicode.IsDigit))

	fmt.Println(strings.ToUpper("Hello, wörld"), strings.ToLower("HeLLo ÄÖ"), strings.Title("go gopher"))
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("-", 0) == "")
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.Replace("oink oink", "oink", "moo", -1), strings.ReplaceAll("aaa", "a", "bb"))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<b>bold</b>"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("Straße", "STRASSE"))
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))

	rot13 := func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		}
		return r
	}
	fmt.Println(strings.Map(rot13, "Hello, Gopher!"))
	dropVowels := func(r rune) rune {
		if strings.ContainsRune("aeiou", r) {
			return -1
		}
		return r
	}
	fmt.Println(strings.Map(dropVowels, "education"))

	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	before, after, found = strings.Cut("novalue", "=")
	fmt.Printf("%q %q %v\n", before, after, found)

	rd := strings.NewReader("abc")
	b, _ := rd.ReadByte()
	fmt.Println(string(b), rd.Len())

	fmt.Println(strings.Fields(" ")[:0] == nil, len(strings.Fields(" ")))
	lines := strings.Split(strings.TrimSpace("line1\nline2\nline3\n"), "\n")
	for i, l := range lines {
		fmt.Printf("%d:%s;", i, l)
	}
	fmt.Println()
	fmt.Println(strings.LastIndexByte("a/b/c", '/'), strings.ToTitle("loud"), strings.ContainsRune("abc", 'd'))
}

// Output:
// 0-1-2-end!é 12
// "" 0
// true false true true
// 12 41 -1 4 4
// 4 0 -1
// true true 1 5
// ["a" "b" "" "c"]
// ["a" "b,c,d"]
// ["a," "b," "c"]
// ["a" "b" "c"]
// [""]
// ["foo" "bar" "baz"]
// ["a" "b" "c"]
// x, y, z true
// "hi there" "hi" "bcaa"
// "aabc" "body" "file"
// "abc"
// HELLO, WÖRLD hello äö Go Gopher
// ababab true
// oinky oinky oink moo moo bbbbbb
// &lt;b&gt;bold&lt;/b&gt;
// true false
// -1 1 0
// Uryyb, Tbcure!
// dctn
// key value=x true
// "novalue" "" false
// a 2
// false 0
// 0:line1;1:line2;2:line3;
// 3 LOUD false

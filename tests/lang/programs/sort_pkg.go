// The sort package: Ints, Strings, Float64s, Slice, SliceStable (order of
// equal elements preserved), Sort/Stable with sort.Interface, Reverse,
// Search and SearchInts.
package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

func main() {
	ints := []int{5, 2, 8, -1, 9, 2, 0}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))
	strs := []string{"pear", "apple", "Banana", "cherry", ""}
	sort.Strings(strs)
	fmt.Printf("%q\n", strs)
	fl := []float64{2.5, -1, 3.25, 0}
	sort.Float64s(fl)
	fmt.Println(fl)

	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 35}, {"Dave", 25}, {"Eve", 30}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people)
	sort.Slice(people, func(i, j int) bool { return people[i].Name > people[j].Name })
	fmt.Println(people)

	byAge := ByAge{{"x", 3}, {"y", 1}, {"z", 2}}
	sort.Sort(byAge)
	fmt.Println(byAge)
	sort.Sort(sort.Reverse(byAge))
	fmt.Println(byAge)
	stable := ByAge{{"a", 2}, {"b", 1}, {"c", 2}, {"d", 1}, {"e", 2}}
	sort.Stable(stable)
	fmt.Println(stable)

	rev := []int{3, 1, 2}
	sort.Sort(sort.Reverse(sort.IntSlice(rev)))
	fmt.Println(rev)
	ss := sort.StringSlice{"c", "a", "b"}
	ss.Sort()
	fmt.Println(ss, ss.Len())

	sorted := []int{1, 3, 5, 7, 9}
	fmt.Println(sort.SearchInts(sorted, 5), sort.SearchInts(sorted, 6), sort.SearchInts(sorted, 100))
	idx := sort.Search(len(sorted), func(i int) bool { return sorted[i] >= 4 })
	fmt.Println(idx, sorted[idx])
	fmt.Println(sort.SearchStrings([]string{"a", "c", "e"}, "d"))

	// sorting by multiple keys
	words := []string{"banana", "kiwi", "apple", "fig", "cherry", "date"}
	sort.Slice(words, func(i, j int) bool {
		if len(words[i]) != len(words[j]) {
			return len(words[i]) < len(words[j])
		}
		return words[i] < words[j]
	})
	fmt.Println(words)

	// a larger input
	big := make([]int, 1000)
	for i := range big {
		big[i] = (i * 7919) % 1000
	}
	sort.Ints(big)
	ok := true
	for i := range big {
		if big[i] != i {
			ok = false
		}
	}
	fmt.Println("sorted 1000:", ok, sort.IsSorted(sort.IntSlice(big)))
	fmt.Println(sort.SliceIsSorted(words, func(i, j int) bool { return words[i] < words[j] }))
}

// Output:
// [-1 0 2 2 5 8 9] true
// ["" "Banana" "apple" "cherry" "pear"]
// [-1 0 2.5 3.25]
// [{Bob 25} {Dave 25} {Alice 30} {Eve 30} {Carol 35}]
// [{Eve 30} {Dave 25} {Carol 35} {Bob 25} {Alice 30}]
// [{y 1} {z 2} {x 3}]
// [{x 3} {z 2} {y 1}]
// [{b 1} {d 1} {a 2} {c 2} {e 2}]
// [3 2 1]
// [a b c] 3
// 2 3 5
// 2 5
// 2
// [fig date kiwi apple banana cherry]
// sorted 1000: true true
// false

// Pointers: address-of, dereference, new, aliasing, pointers to struct
// fields and slice elements, pointer equality and nil checks.
package main

import "fmt"

type node struct {
	val  int
	next *node
}

func swap(a, b *int) { *a, *b = *b, *a }

func increment(p *int) { *p++ }

func newCounter() *int {
	c := 0 // escapes to the heap
	return &c
}

func main() {
	x, y := 1, 2
	swap(&x, &y)
	fmt.Println(x, y)
	increment(&x)
	fmt.Println(x)

	p := &x
	*p = 42
	fmt.Println(x, *p, p == &x)
	pp := &p
	**pp = 43
	fmt.Println(x)

	n := new(int)
	fmt.Println(*n)
	*n = 5
	m := n
	*m = 6
	fmt.Println(*n, n == m)

	c1 := newCounter()
	c2 := newCounter()
	*c1 += 3
	fmt.Println(*c1, *c2, c1 == c2)

	// linked list
	var head *node
	for i := 3; i >= 1; i-- {
		head = &node{i, head}
	}
	for cur := head; cur != nil; cur = cur.next {
		fmt.Print(cur.val, " ")
	}
	fmt.Println("end")

	// pointer to a struct field and to a slice element
	type pair struct{ a, b int }
	pr := pair{1, 2}
	pb := &pr.b
	*pb = 20
	fmt.Println(pr)
	s := []int{1, 2, 3}
	e := &s[1]
	*e = 200
	fmt.Println(s)

	// pointer to an array element
	arr := [3]string{"a", "b", "c"}
	ap := &arr[2]
	*ap = "z"
	fmt.Println(arr)

	// nil pointers
	var np *node
	fmt.Println(np == nil, np)
	if np != nil {
		fmt.Println(np.val)
	}

	// pointer receivers through values in variables
	type box struct{ v int }
	b := box{1}
	bp := &b
	bp.v = 9
	fmt.Println(b.v)

	// a closure keeps its captured variable alive and shares it
	counter := 0
	inc := func() int { counter++; return counter }
	inc()
	inc()
	fmt.Println(counter)
	fmt.Println(inc(), counter)

	// pointers in maps and slices point to the same value
	shared := &pair{0, 0}
	list := []*pair{shared, shared}
	list[0].a = 7
	fmt.Println(list[1].a, *list[1])
	fmt.Printf("%v %+v\n", *shared, *list[0])
}

// Output:
// 2 1
// 3
// 42 42 true
// 43
// 0
// 6 true
// 3 0 false
// 1 2 3 end
// {1 20}
// [1 200 3]
// [a b z]
// true <nil>
// 9
// 2
// 3 3
// 7 {7 0}
// {7 0} {a:7 b:0}

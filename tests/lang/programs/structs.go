// Structs: literals, zero values, embedding with promoted fields and methods,
// shadowed fields, comparison, anonymous structs and struct copies.
package main

import "fmt"

type Point struct {
	X, Y int
}

func (p Point) Sum() int { return p.X + p.Y }

type Named struct {
	Name string
}

func (n *Named) Rename(s string) { n.Name = s }
func (n Named) Greet() string    { return "hi " + n.Name }

type Circle struct {
	Point // embedded
	Named
	Radius int
}

type Labeled struct {
	*Named        // embedded pointer
	X      string // shadows nothing here
}

type Outer struct {
	Point
	X string // shadows Point.X
}

type Config struct {
	Host    string
	Port    int
	Tags    []string
	Enabled bool
	Limits  struct{ Max, Min int }
}

func main() {
	var zero Point
	fmt.Println(zero, zero.X)
	p := Point{1, 2}
	q := Point{Y: 5}
	fmt.Println(p, q, p.Sum(), q.Sum())
	fmt.Printf("%v %+v\n", p, q)
	fmt.Println(p == Point{1, 2}, p == q, p != q)

	c := Circle{Point: Point{3, 4}, Named: Named{"c1"}, Radius: 5}
	fmt.Println(c.X, c.Y, c.Sum(), c.Name, c.Greet(), c.Point.X)
	c.Rename("c2") // promoted pointer method on addressable value
	fmt.Println(c.Name, c.Named.Name)
	fmt.Printf("%+v\n", c)

	l := Labeled{Named: &Named{"lbl"}, X: "x"}
	l.Rename("renamed")
	fmt.Println(l.Name, l.Greet(), l.X)

	o := Outer{Point: Point{1, 2}, X: "outer"}
	fmt.Println(o.X, o.Point.X, o.Y, o.Sum())

	// structs are values: assignment copies
	c2 := c
	c2.Radius = 50
	c2.Name = "copy"
	fmt.Println(c.Radius, c.Name, c2.Radius, c2.Name)

	// pointer to struct: field access auto-dereferences
	pp := &Point{10, 20}
	pp.X++
	(*pp).Y--
	fmt.Println(*pp, pp.Sum())

	// anonymous structs
	anon := struct {
		A int
		B string
	}{1, "one"}
	fmt.Println(anon, anon.B)
	fmt.Printf("%+v\n", anon)
	pairs := []struct {
		K string
		V int
	}{{"a", 1}, {"b", 2}}
	for _, kv := range pairs {
		fmt.Print(kv.K, kv.V, ";")
	}
	fmt.Println()
	var same struct {
		A int
		B string
	} = anon // identical anonymous struct types are assignable
	fmt.Println(same == anon)

	// nested struct with slices, zero values
	var cfg Config
	fmt.Printf("%+v\n", cfg)
	cfg.Host = "localhost"
	cfg.Limits.Max = 10
	cfg.Tags = append(cfg.Tags, "a")
	fmt.Printf("%+v\n", cfg)
	fmt.Printf("%v\n", cfg)

	// empty struct
	type empty struct{}
	fmt.Println(empty{} == empty{}, empty{})
	set := map[string]struct{}{"x": {}}
	_, has := set["x"]
	fmt.Println(has, len(set))

	// struct with array field compares element-wise
	type key struct {
		parts [2]string
		n     int
	}
	fmt.Println(key{[2]string{"a", "b"}, 1} == key{[2]string{"a", "b"}, 1})

	// new and composite literal pointers
	np := new(Point)
	np.X = 7
	lp := &Point{Y: 8}
	fmt.Println(*np, *lp)

	// methods promoted through embedded struct in a slice element
	cs := []Circle{c, c2}
	for i := range cs {
		cs[i].Rename(fmt.Sprint("n", i))
	}
	fmt.Println(cs[0].Name, cs[1].Name, c.Name)
}

// Output:
// {0 0} 0
// {1 2} {0 5} 3 5
// {1 2} {X:0 Y:5}
// true false true
// 3 4 7 c1 hi c1 3
// c2 c2
// {Point:{X:3 Y:4} Named:{Name:c2} Radius:5}
// renamed hi renamed x
// outer 1 2 3
// 5 c2 50 copy
// {11 19} 30
// {1 one} one
// {A:1 B:one}
// a1;b2;
// true
// {Host: Port:0 Tags:[] Enabled:false Limits:{Max:0 Min:0}}
// {Host:localhost Port:0 Tags:[a] Enabled:false Limits:{Max:10 Min:0}}
// {localhost 0 [a] false {10 0}}
// true {}
// true 1
// true
// {7 0} {0 8}
// n0 n1 c2

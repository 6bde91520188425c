// Type assertions (single value and comma-ok) and type switches: multiple
// types per case, nil case, default, assertions to interface types.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Stringer interface{ String() string }

type Temp float64

func (t Temp) String() string { return strconv.FormatFloat(float64(t), 'f', 1, 64) + "°" }

type Pair struct{ A, B int }

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return "int " + strconv.Itoa(x*2)
	case int8, int16:
		return fmt.Sprintf("small int %v (%T)", x, x) // x has type interface{}
	case string:
		return "string of len " + strconv.Itoa(len(x))
	case bool:
		if x {
			return "true bool"
		}
		return "false bool"
	case []int:
		return fmt.Sprint("slice ", len(x))
	case map[string]int:
		return fmt.Sprint("map ", len(x))
	case func() int:
		return fmt.Sprint("func returning ", x())
	case error:
		return "error: " + x.Error()
	case Stringer:
		return "stringer: " + x.String()
	case Pair:
		return fmt.Sprint("pair sum ", x.A+x.B)
	case *Pair:
		return fmt.Sprint("pair pointer ", x.A)
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	values := []interface{}{
		nil, 21, int8(3), int16(4), "hello", true, false, []int{1, 2},
		map[string]int{"a": 1}, func() int { return 9 }, errors.New("boom"),
		Temp(21.5), Pair{1, 2}, &Pair{5, 6}, 3.5, []string{}, struct{}{},
	}
	for _, v := range values {
		fmt.Println(classify(v))
	}

	var i interface{} = "str"
	s := i.(string)
	fmt.Println(s)
	n, ok := i.(int)
	fmt.Println(n, ok)
	f, ok := i.(float64)
	fmt.Println(f, ok)
	st, ok := i.(Stringer)
	fmt.Println(st == nil, ok)

	var t interface{} = Temp(3)
	if str, ok := t.(Stringer); ok {
		fmt.Println("is a stringer:", str.String())
	}
	if _, ok := t.(error); !ok {
		fmt.Println("not an error")
	}
	// assertion to the dynamic type: the named type, not its underlying type
	_, isFloat := t.(float64)
	tv, isTemp := t.(Temp)
	fmt.Println(isFloat, isTemp, float64(tv))

	// an interface-to-interface assertion keeps the dynamic value
	var e error = fmt.Errorf("wrapped %d", 1)
	var anyE interface{} = e
	back := anyE.(error)
	fmt.Println(back.Error(), back == e)

	// type switch without binding
	for _, v := range []interface{}{1, "a", 2.0} {
		switch v.(type) {
		case int, float64:
			fmt.Print("number;")
		default:
			fmt.Print("other;")
		}
	}
	fmt.Println()

	// assertion on a nil interface with comma-ok
	var none interface{}
	_, ok = none.(int)
	fmt.Println(ok)
	switch none.(type) {
	case nil:
		fmt.Println("nil case")
	}
}

// Output:
// nil
// int 42
// small int 3 (int8)
// small int 4 (int16)
// string of len 5
// true bool
// false bool
// slice 2
// map 1
// func returning 9
// error: boom
// stringer: 21.5°
// pair sum 3
// pair pointer 5
// other float64
// other []string
// other struct {}
// str
// 0 false
// 0 false
// true false
// is a stringer: 3.0°
// not an error
// false true 3
// wrapped 1 true
// number;other;number;
// false
// nil case

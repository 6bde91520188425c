// Errors: errors.New identity, fmt.Errorf with %w, errors.Is/As/Unwrap
// through a chain, custom error types, sentinel errors.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

var ErrNotFound = errors.New("not found")

type ValidationError struct {
	Field string
	Code  int
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("invalid %s (code %d)", e.Field, e.Code)
}

type TimeoutError struct{ Op string }

func (e TimeoutError) Error() string   { return e.Op + ": timeout" }
func (e TimeoutError) Timeout() bool   { return true }
func (e TimeoutError) Is(t error) bool { return t == ErrTimeoutClass }

var ErrTimeoutClass = errors.New("timeout class")

func find(key string) (string, error) {
	if key == "" {
		return "", &ValidationError{"key", 42}
	}
	if key != "gopher" {
		return "", fmt.Errorf("find %q: %w", key, ErrNotFound)
	}
	return "found " + key, nil
}

func load(key string) error {
	if _, err := find(key); err != nil {
		return fmt.Errorf("load: %w", err)
	}
	return nil
}

func main() {
	e1 := errors.New("x")
	e2 := errors.New("x")
	fmt.Println(e1 == e2, e1 == e1, e1.Error() == e2.Error())

	v, err := find("gopher")
	fmt.Println(v, err)

	err = load("rust")
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound), err == ErrNotFound)
	inner := errors.Unwrap(err)
	fmt.Println(inner)
	fmt.Println(errors.Unwrap(inner) == ErrNotFound, errors.Unwrap(ErrNotFound) == nil)

	err = load("")
	fmt.Println(err)
	var ve *ValidationError
	if errors.As(err, &ve) {
		fmt.Println("validation error on", ve.Field, ve.Code)
	}
	fmt.Println(errors.Is(err, ErrNotFound))

	// %v on a non-wrapping Errorf does not unwrap
	plain := fmt.Errorf("plain: %v", ErrNotFound)
	fmt.Println(plain, errors.Is(plain, ErrNotFound), errors.Unwrap(plain) == nil)

	// custom Is method
	var te error = TimeoutError{"read"}
	wrapped := fmt.Errorf("ctx: %w", te)
	fmt.Println(wrapped, errors.Is(wrapped, ErrTimeoutClass))
	var target TimeoutError
	fmt.Println(errors.As(wrapped, &target), target.Op)

	// As with an interface target
	var timeouter interface{ Timeout() bool }
	if errors.As(wrapped, &timeouter) {
		fmt.Println("timeout?", timeouter.Timeout())
	}

	// errors from the standard library
	_, err = strconv.Atoi("12a")
	fmt.Println(err)
	var numErr *strconv.NumError
	if errors.As(err, &numErr) {
		fmt.Println(numErr.Func, numErr.Num, numErr.Err, numErr.Err == strconv.ErrSyntax)
	}
	_, err = strconv.ParseInt("99999999999999999999", 10, 64)
	fmt.Println(errors.Is(err, strconv.ErrRange))

	// nil error formatting
	var nilErr error
	fmt.Println(nilErr, nilErr == nil)
	fmt.Printf("%v|%s\n", nilErr, fmt.Sprint(nilErr))

	// returning early with errors in a loop
	for _, k := range []string{"gopher", "cat", ""} {
		if err := load(k); err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println("ok:", k)
	}

	// %w with a nil-containing chain and error formatting verbs
	e := fmt.Errorf("outer: %w", fmt.Errorf("middle: %w", errors.New("root")))
	fmt.Printf("%v\n%s\n%q\n", e, e, e)
	for u := error(e); u != nil; u = errors.Unwrap(u) {
		fmt.Println(" -", u)
	}
}

// Output:
// false true true
// found gopher <nil>
// load: find "rust": not found
// true false
// find "rust": not found
// true true
// load: invalid key (code 42)
// validation error on key 42
// false
// plain: not found false true
// ctx: read: timeout true
// true read
// timeout? true
// strconv.Atoi: parsing "12a": invalid syntax
// Atoi 12a invalid syntax true
// true
// <nil> true
// <nil>|<nil>
// ok: gopher
// error: load: find "cat": not found
// error: load: invalid key (code 42)
// outer: middle: root
// outer: middle: root
// "outer: middle: root"
//  - outer: middle: root
//  - middle: root
//  - root

// context: WithCancel, WithTimeout, WithDeadline errors, WithValue lookups
// through a chain, and cancellation propagating from parent to children.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type ctxKey string

func worker(ctx context.Context, id int, results chan<- string) {
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			results <- fmt.Sprintf("worker %d stopped: %v", id, ctx.Err())
			return
		case <-time.After(time.Millisecond):
		}
	}
}

func slowOperation(ctx context.Context, d time.Duration) error {
	select {
	case <-time.After(d):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	bg := context.Background()
	fmt.Println(bg.Err(), bg.Done() == nil)
	_, hasDeadline := bg.Deadline()
	fmt.Println("background has deadline:", hasDeadline)

	// WithCancel
	ctx, cancel := context.WithCancel(bg)
	fmt.Println(ctx.Err())
	results := make(chan string)
	go worker(ctx, 1, results)
	time.Sleep(3 * time.Millisecond)
	cancel()
	fmt.Println(<-results)
	fmt.Println(ctx.Err(), errors.Is(ctx.Err(), context.Canceled))
	cancel() // calling cancel again is fine
	<-ctx.Done()
	fmt.Println("done channel closed")

	// WithTimeout: the operation is slower than the timeout
	tctx, tcancel := context.WithTimeout(bg, 5*time.Millisecond)
	defer tcancel()
	err := slowOperation(tctx, 50*time.Millisecond)
	fmt.Println(err, err == context.DeadlineExceeded)
	_, hasDeadline = tctx.Deadline()
	fmt.Println("timeout ctx has deadline:", hasDeadline)

	// ... and faster than the timeout
	fctx, fcancel := context.WithTimeout(bg, 50*time.Millisecond)
	fmt.Println(slowOperation(fctx, time.Millisecond))
	fcancel()
	fmt.Println(fctx.Err())

	// WithDeadline in the past is already expired
	dctx, dcancel := context.WithDeadline(bg, time.Now().Add(-time.Second))
	defer dcancel()
	fmt.Println(dctx.Err())

	// cancelling a parent cancels its children, not the other way round
	parent, pcancel := context.WithCancel(bg)
	child, ccancel := context.WithCancel(parent)
	grandchild, gcancel := context.WithTimeout(child, time.Hour)
	defer gcancel()
	ccancel()
	fmt.Println(parent.Err(), child.Err(), grandchild.Err())
	pcancel()
	fmt.Println(parent.Err())

	// WithValue: lookups walk up the chain; inner values shadow outer ones
	vctx := context.WithValue(bg, ctxKey("user"), "alice")
	vctx = context.WithValue(vctx, ctxKey("request"), 42)
	inner := context.WithValue(vctx, ctxKey("user"), "bob")
	fmt.Println(vctx.Value(ctxKey("user")), vctx.Value(ctxKey("request")), vctx.Value(ctxKey("missing")))
	fmt.Println(inner.Value(ctxKey("user")), inner.Value(ctxKey("request")))
	fmt.Println(vctx.Value("user")) // a plain string key differs from ctxKey("user")
	if id, ok := inner.Value(ctxKey("request")).(int); ok {
		fmt.Println("request id", id+1)
	}
	// values survive in derived cancelable contexts
	cctx, ccancel2 := context.WithCancel(inner)
	fmt.Println(cctx.Value(ctxKey("user")))
	ccancel2()

	// context.TODO behaves like Background
	fmt.Println(context.TODO().Err() == nil)

	// many workers stop on one cancel
	mctx, mcancel := context.WithCancel(bg)
	out := make(chan string)
	for i := 0; i < 3; i++ {
		go worker(mctx, i, out)
	}
	mcancel()
	stopped := 0
	for i := 0; i < 3; i++ {
		<-out
		stopped++
	}
	fmt.Println("stopped workers:", stopped)
}

// Output:
// <nil> true
// background has deadline: false
// <nil>
// worker 1 stopped: context canceled
// context canceled true
// done channel closed
// context deadline exceeded true
// timeout ctx has deadline: true
// <nil>
// context canceled
// context deadline exceeded
// <nil> context canceled context canceled
// context canceled
// alice 42 <nil>
// bob 42
// <nil>
// request id 43
// bob
// true
// stopped workers: 3
